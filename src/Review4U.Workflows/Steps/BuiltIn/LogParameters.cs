namespace Review4U.Workflows.Steps.BuiltIn;

[StepType(BuiltInStepTypes.Log, Description = "Writes a message to the instance's journal and the log.")]
public sealed record LogParameters
{
    [StepParameter(Description = "The message (usually a template).")]
    public required string Message { get; init; }

    [StepParameter(AllowTemplate = false, Description = "info, warning or error.")]
    public LogLevelName Level { get; init; } = LogLevelName.Info;
}
