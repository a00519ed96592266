using Review4U.Workflows.Definitions;
using Review4U.Workflows.Validation;

namespace Review4U.Workflows.Loading;

/// <summary>A loaded file: the definition when it is valid (and only then), and every error found, sorted by position.</summary>
public sealed record DefinitionLoadResult(string Path, WorkflowDefinition? Definition, IReadOnlyList<DefinitionDiagnostic> Diagnostics)
{
    public bool IsValid => Definition is not null;

    /// <summary>The file's text (UTF-8, without a byte-order mark) when it is valid: what the engine stores with the definition.</summary>
    public string SourceText { get; init; } = "";
}
