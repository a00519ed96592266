using Review4U.Workflows.Definitions;
using Review4U.Workflows.Loading;
using Review4U.Workflows.Steps.BuiltIn;
using Review4U.Workflows.Validation;

namespace Review4U.Workflows.Catalog;

/// <summary>
/// Loads every <c>*.yaml</c> file directly in a folder, validates each, then checks what spans files: each id in one
/// file named after it, and sub-workflows (<c>type: workflow</c>) naming a workflow and version of the folder.
/// </summary>
public sealed class WorkflowCatalogLoader(WorkflowDefinitionLoader loader)
{
    public async Task<WorkflowCatalog> LoadFolderAsync(string folder, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var paths = Directory.EnumerateFiles(folder, "*.yaml", SearchOption.TopDirectoryOnly)
            .Concat(Directory.EnumerateFiles(folder, "*.yml", SearchOption.TopDirectoryOnly))
            .Order(StringComparer.Ordinal);
        var results = new List<DefinitionLoadResult>();
        foreach (var path in paths)
        {
            results.Add(loader.Load(path, await File.ReadAllBytesAsync(path, ct)));
        }

        return Build(results);
    }

    /// <summary>Applies the cross-file rules to already loaded files (pure).</summary>
    public static WorkflowCatalog Build(IReadOnlyList<DefinitionLoadResult> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var extra = files.Select(_ => new DiagnosticBag()).ToArray();
        var firstById = new Dictionary<string, DefinitionLoadResult>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i].Definition is not { } definition)
            {
                continue;
            }

            var name = Path.GetFileNameWithoutExtension(files[i].Path);
            if (!string.Equals(name, definition.Id, StringComparison.Ordinal))
            {
                extra[i].Add(definition.IdLocation, $"workflow '{definition.Id}' is in a file named '{Path.GetFileName(files[i].Path)}'", $"rename the file to '{definition.Id}.yaml'");
            }

            if (!firstById.TryAdd(definition.Id, files[i]))
            {
                extra[i].Add(definition.IdLocation, $"workflow id '{definition.Id}' is also used by {firstById[definition.Id].Path}", "each workflow has one file; keep one and raise its version");
            }
        }

        var valid = firstById.ToDictionary(pair => pair.Key, pair => pair.Value.Definition!, StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i].Definition is { } definition)
            {
                CheckSubWorkflows(definition, valid, extra[i]);
            }
        }

        return new WorkflowCatalog([.. files.Select((file, i) => extra[i].Items.Count == 0
            ? file
            : file with { Definition = null, Diagnostics = [.. file.Diagnostics, .. extra[i].Items] })]);
    }

    private static void CheckSubWorkflows(WorkflowDefinition definition, Dictionary<string, WorkflowDefinition> valid, DiagnosticBag diagnostics)
    {
        foreach (var step in definition.AllSteps().Where(step => step.Type == BuiltInStepTypes.Workflow))
        {
            if (step.Parameters["workflow"] is not ScalarParameterValue { Text: { } id } idValue)
            {
                continue;
            }

            if (!valid.TryGetValue(id, out var target))
            {
                diagnostics.Add(idValue.Location, $"step '{step.Id}' starts workflow '{id}', which is not a valid workflow of this folder", Suggestions.Hint(id, valid.Keys, "workflows"));
            }
            else if (step.Parameters["version"] is ScalarParameterValue { Text: { } version } versionValue
                && version != target.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                diagnostics.Add(versionValue.Location, $"step '{step.Id}' starts version {version} of '{id}', but the folder holds version {target.Version}",
                    "leave 'version' out to start the current version");
            }
            else
            {
                CheckSubWorkflowInputs(step, target, diagnostics);
            }
        }
    }

    private static void CheckSubWorkflowInputs(StepDefinition step, WorkflowDefinition target, DiagnosticBag diagnostics)
    {
        var given = step.Parameters["inputs"] as MapParameterValue;
        foreach (var entry in given?.Entries ?? [])
        {
            if (!target.Inputs.Any(input => input.Name == entry.Key))
            {
                diagnostics.Add(entry.KeyLocation, $"step '{step.Id}' gives '{target.Id}' unknown input '{entry.Key}'",
                    Suggestions.Hint(entry.Key, target.Inputs.Select(input => input.Name), $"inputs of '{target.Id}'"));
            }
        }

        foreach (var missing in target.Inputs.Where(input => input.Required && input.Default is null && given?[input.Name] is null))
        {
            diagnostics.Add(step.Location, $"step '{step.Id}' does not give '{target.Id}' its required input '{missing.Name}'",
                $"add it under 'with: {{ inputs: {{ {missing.Name}: … }} }}'");
        }
    }
}
