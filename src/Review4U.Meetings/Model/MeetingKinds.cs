namespace Review4U.Meetings.Model;

/// <summary>The kinds of meeting; each has its workflow and its period (quarter or month).</summary>
public static class MeetingKinds
{
    public const string Consultation = "consultation";
    public const string SteeringCommittee = "steering-committee";

    public static IReadOnlyList<string> All { get; } = [Consultation, SteeringCommittee];

    public static string WorkflowOf(string kind) => kind == Consultation ? "quarterly-consultation" : "steering-committee-meeting";
}
