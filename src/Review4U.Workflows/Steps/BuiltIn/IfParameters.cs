namespace Review4U.Workflows.Steps.BuiltIn;

[StepType(BuiltInStepTypes.If, Description = "Runs `then` when the condition holds, else `else` (if given).")]
[StepSequence("then", Required = true, Description = "Steps run when the condition is true.")]
[StepSequence("else", Description = "Steps run when the condition is false.")]
public sealed record IfParameters
{
    [StepParameter(Kind = ParameterKind.Condition, Description = "A Liquid condition, e.g. `vars.remindersSent < 2`.")]
    public required bool Condition { get; init; }
}
