namespace Review4U.Workflows.Steps.BuiltIn;

[StepType(BuiltInStepTypes.Delay, Description = "Waits for a duration or until a time (a durable timer). Give exactly one of `duration` and `until`.")]
public sealed record DelayParameters
{
    [StepParameter(Description = "ISO 8601 duration, e.g. `P7D`.")]
    public TimeSpan? Duration { get; init; }

    [StepParameter(Description = "ISO 8601 instant, e.g. `{{ inputs.deadline }}`.")]
    public DateTimeOffset? Until { get; init; }
}
