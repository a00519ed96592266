using Review4U.Workflows.Steps;

namespace Review4U.Workflows.Registry;

/// <summary>
/// Everything known about a step type, derived from its attributes: validation, <c>schema.json</c>, docs and the CLI
/// all read this. <see cref="StepClrType"/> is null for built-in control flow the runtime interprets itself.
/// </summary>
public sealed record StepTypeDescriptor(
    string TypeName,
    string Description,
    IReadOnlyList<ParameterDescriptor> Parameters,
    IReadOnlyList<OutputDescriptor> Outputs,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<SequenceSlotDescriptor> Sequences,
    Type? ParametersType,
    Type? StepClrType)
{
    /// <summary>Output name meaning "any output may exist" (<c>[StepOutput("*", …)]</c>).</summary>
    public const string OpenOutputs = "*";

    public bool IsBuiltIn => StepClrType is null;

    public bool HasOpenOutputs => Outputs.Any(output => output.Name == OpenOutputs);

    public ParameterDescriptor? FindParameter(string name) =>
        Parameters.FirstOrDefault(parameter => string.Equals(parameter.Name, name, StringComparison.Ordinal));

    public SequenceSlotDescriptor? FindSequence(string name) =>
        Sequences.FirstOrDefault(slot => string.Equals(slot.Name, name, StringComparison.Ordinal));

    public bool DeclaresOutput(string name) =>
        HasOpenOutputs || Outputs.Any(output => string.Equals(output.Name, name, StringComparison.Ordinal));

    /// <summary>True when an instance of <see cref="IStep"/> must be resolved from DI to run this type.</summary>
    public bool IsRegisteredStep => StepClrType is not null && typeof(IStep).IsAssignableFrom(StepClrType);
}
