using Review4U.Workflows.Validation;

namespace Review4U.Workflows.Catalog;

/// <summary>Raised at start-up when workflow files have errors; the message lists them all, one per line.</summary>
public sealed class InvalidWorkflowDefinitionsException : Exception
{
    public InvalidWorkflowDefinitionsException()
    {
    }

    public InvalidWorkflowDefinitionsException(string message)
        : base(message)
    {
    }

    public InvalidWorkflowDefinitionsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InvalidWorkflowDefinitionsException(IReadOnlyList<DefinitionDiagnostic> diagnostics)
        : base($"{diagnostics?.Count ?? 0} error(s) in workflow definitions:\n" + string.Join('\n', diagnostics ?? []))
    {
        Diagnostics = diagnostics ?? [];
    }

    public IReadOnlyList<DefinitionDiagnostic> Diagnostics { get; } = [];
}
