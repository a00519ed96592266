namespace Review4U.FollowUp.Model;

/// <summary>What an annual activity plan holds (the concept notes' list).</summary>
public static class ActivityKinds
{
    public const string Meeting = "meeting";
    public const string SteeringCommittee = "steering-committee";
    public const string WorkingGroupTask = "working-group-task";
    public const string CapacityBuilding = "capacity-building";
    public const string Engagement = "engagement";
    public const string PolicyBrief = "policy-brief";

    public static IReadOnlyList<string> All { get; } = [Meeting, SteeringCommittee, WorkingGroupTask, CapacityBuilding, Engagement, PolicyBrief];
}
