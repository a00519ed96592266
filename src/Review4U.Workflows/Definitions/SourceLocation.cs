namespace Review4U.Workflows.Definitions;

/// <summary>A position in a definition file (1-based line and column), used by every validation message.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>A location for values that do not come from a file (defaults, code-built definitions).</summary>
    public static SourceLocation None { get; } = new("<none>", 0, 0);

    /// <summary>The <c>file:line:column</c> form editors and CI logs understand.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
