using Review4U.Workflows.Definitions;

namespace Review4U.Workflows.Steps.BuiltIn;

[StepType(BuiltInStepTypes.SetVariable, Description = "Sets an instance variable.")]
public sealed record SetVariableParameters
{
    [StepParameter(AllowTemplate = false, Description = "A variable declared under `variables:`.")]
    public required string Name { get; init; }

    [StepParameter(Type = DataType.Any, Description = "The new value (literal or template).")]
    public required object? Value { get; init; }
}
