using Review4U.Workflows.Definitions;

namespace Review4U.Workflows.Steps.BuiltIn;

[StepType(BuiltInStepTypes.WaitEvent, Description = "Waits on a durable bookmark for a domain event (an event that arrived first is not lost).")]
[StepOutput("payload", DataType.Any, Description = "The event's payload; null on timeout.")]
[StepOutput("timedOut", DataType.Bool, Description = "True when the timeout elapsed first.")]
public sealed record WaitEventParameters
{
    [StepParameter(Description = "The event name, e.g. `answer.submitted`.")]
    public required string Event { get; init; }

    [StepParameter(Description = "Correlation key: only an event with this key resumes the wait.")]
    public string? Key { get; init; }

    [StepParameter(Description = "ISO 8601 duration after which the wait ends with `timedOut: true`.")]
    public TimeSpan? Timeout { get; init; }
}
