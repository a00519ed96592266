using Review4U.Workflows.Definitions;

namespace Review4U.Workflows.Validation;

/// <summary>One error in a definition file, printed as <c>file:line:column: message (hint: …)</c>.</summary>
public sealed record DefinitionDiagnostic(SourceLocation Location, string Message, string? Hint = null)
{
    public override string ToString() => Hint is null ? $"{Location}: {Message}" : $"{Location}: {Message} (hint: {Hint})";
}
