using Review4U.Workflows.Steps;

namespace Review4U.Meetings.Steps;

public sealed record OpenMeetingParameters
{
    [StepParameter(Description = "The body's code, e.g. {{ inputs.bodyCode }}.")]
    public required string BodyCode { get; init; }

    [StepParameter(Description = "consultation or steering-committee.", AllowTemplate = false)]
    public required string Kind { get; init; }

    [StepParameter(Description = "The period (2027-Q1, 2027-03); empty: the quarter or month of now in the body's zone.")]
    public string? Period { get; init; }

    [StepParameter(Description = "How long after the opening the meeting should take place (its target date).")]
    public TimeSpan LeadTime { get; init; } = TimeSpan.FromDays(42);

    [StepParameter(Description = "How long before the start agenda proposals close.")]
    public TimeSpan AgendaCutoff { get; init; } = TimeSpan.FromDays(10);

    [StepParameter(Description = "How long after the cut-off the Steering Committee has to settle the agenda.")]
    public TimeSpan SettleWindow { get; init; } = TimeSpan.FromDays(3);

    [StepParameter(Description = "Days before an action item's due day on which its owner is reminded.")]
    public IReadOnlyList<object> ReminderDays { get; init; } = [7, 1];
}
