namespace Review4U.Workflows.Definitions;

/// <summary>A typed input given when an instance starts (CLI, API, trigger).</summary>
/// <param name="Default">The raw default value, converted to <paramref name="Type"/> when the instance starts; null when none.</param>
public sealed record InputDefinition(
    string Name,
    DataType Type,
    bool Required,
    ParameterValue? Default,
    string? Description,
    SourceLocation Location);
