using Review4U.Workflows.Steps;

namespace Review4U.FollowUp.Steps;

public sealed record OpenStatusRoundParameters
{
    [StepParameter(Description = "The body's code, e.g. {{ inputs.bodyCode }}.")]
    public required string BodyCode { get; init; }

    [StepParameter(Description = "The month asked about, yyyy-MM; empty: the current month in the body's time zone.")]
    public string Period { get; init; } = "";

    [StepParameter(Description = "Days the owners have to answer.")]
    public int ResponseDays { get; init; } = 14;

    [StepParameter(Description = "Days before the deadline on which unanswered requests are reminded.")]
    public IReadOnlyList<object?> ReminderDays { get; init; } = [7];
}
