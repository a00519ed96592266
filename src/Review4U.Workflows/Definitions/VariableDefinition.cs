namespace Review4U.Workflows.Definitions;

/// <summary>An instance variable and its initial value (raw; a template is rendered against the inputs at start).</summary>
public sealed record VariableDefinition(string Name, ParameterValue InitialValue, SourceLocation Location);
