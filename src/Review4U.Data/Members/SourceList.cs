namespace Review4U.Data.Members;

/// <summary>A list of codes as read from a file (a <c>;</c>-separated CSV cell or a YAML sequence).</summary>
public sealed record SourceList(string Column, int Line, IReadOnlyList<string> Items);
