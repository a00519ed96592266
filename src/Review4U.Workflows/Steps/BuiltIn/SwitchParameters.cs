namespace Review4U.Workflows.Steps.BuiltIn;

[StepType(BuiltInStepTypes.Switch, Description = "Runs the first case whose key equals the value, else `default`.")]
[StepSequence("cases", Named = true, Required = true, Description = "Named sequences; the key is compared with the value as text.")]
[StepSequence("default", Description = "Steps run when no case matches.")]
public sealed record SwitchParameters
{
    [StepParameter(Description = "The value compared with the case keys (usually a template).")]
    public required string Value { get; init; }
}
