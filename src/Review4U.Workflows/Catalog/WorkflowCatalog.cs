using Review4U.Workflows.Definitions;
using Review4U.Workflows.Loading;
using Review4U.Workflows.Validation;

namespace Review4U.Workflows.Catalog;

/// <summary>
/// The valid definitions of a workflows folder, one per id, with every file's result. A file with any error is left out.
/// Older versions of a workflow are not in the folder: the runtime keeps them (stored by id, version and content hash).
/// </summary>
public sealed class WorkflowCatalog(IReadOnlyList<DefinitionLoadResult> files)
{
    private readonly Dictionary<string, WorkflowDefinition> byId = files
        .Where(file => file.Definition is not null)
        .ToDictionary(file => file.Definition!.Id, file => file.Definition!, StringComparer.Ordinal);

    /// <summary>Every file read, valid or not, in file-name order.</summary>
    public IReadOnlyList<DefinitionLoadResult> Files { get; } = files;

    /// <summary>The valid definitions, by id.</summary>
    public IReadOnlyList<WorkflowDefinition> Definitions => [.. byId.Values.OrderBy(definition => definition.Id, StringComparer.Ordinal)];

    /// <summary>Every error of every file, file by file.</summary>
    public IReadOnlyList<DefinitionDiagnostic> Diagnostics => [.. Files.SelectMany(file => file.Diagnostics)];

    public bool IsValid => Files.All(file => file.IsValid);

    public WorkflowDefinition? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>For start-up: throws with every error of every file when any file is invalid.</summary>
    /// <exception cref="InvalidWorkflowDefinitionsException">At least one file has errors.</exception>
    public WorkflowCatalog ThrowIfInvalid() => IsValid ? this : throw new InvalidWorkflowDefinitionsException(Diagnostics);

    /// <summary>The definition with this id and version, when the folder holds that version.</summary>
    public WorkflowDefinition? Find(string id, int version) => Find(id) is { } definition && definition.Version == version ? definition : null;
}
