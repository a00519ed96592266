using Review4U.Workflows.Definitions;

namespace Review4U.Workflows.Validation;

/// <summary>Collects diagnostics in the order found.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<DefinitionDiagnostic> items = [];

    public IReadOnlyList<DefinitionDiagnostic> Items => items;

    public void Add(SourceLocation location, string message, string? hint = null) => items.Add(new DefinitionDiagnostic(location, message, hint));
}
