namespace Review4U.Workflows.Definitions;

/// <summary>One key of a YAML mapping with the location of the key itself (for "unknown parameter" errors).</summary>
public sealed record ParameterEntry(string Key, SourceLocation KeyLocation, ParameterValue Value);
