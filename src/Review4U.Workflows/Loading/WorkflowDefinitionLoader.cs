using System.Security.Cryptography;
using System.Text;
using Review4U.Workflows.Validation;

namespace Review4U.Workflows.Loading;

/// <summary>Reads a workflow YAML file and validates it; an invalid file yields diagnostics and no definition.</summary>
public sealed class WorkflowDefinitionLoader(DefinitionValidator validator)
{
    public async Task<DefinitionLoadResult> LoadFileAsync(string path, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(path);
        var content = await File.ReadAllBytesAsync(path, ct);
        return Load(path, content);
    }

    /// <summary>Loads from bytes; <paramref name="path"/> is used in messages and as <c>SourcePath</c>.</summary>
    public DefinitionLoadResult Load(string path, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        var diagnostics = new DiagnosticBag();
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        var definition = new DefinitionReader(path, diagnostics).Read(content, hash);
        if (definition is not null)
        {
            validator.Validate(definition, diagnostics);
        }

        var sorted = diagnostics.Items
            .Select((diagnostic, order) => (diagnostic, order))
            .OrderBy(pair => pair.diagnostic.Location.Line)
            .ThenBy(pair => pair.diagnostic.Location.Column)
            .ThenBy(pair => pair.order)
            .Select(pair => pair.diagnostic)
            .ToList();
        var valid = sorted.Count == 0 ? definition : null;
        return new DefinitionLoadResult(path, valid, sorted)
        {
            SourceText = valid is null ? "" : Encoding.UTF8.GetString(content).TrimStart('\uFEFF'),
        };
    }
}
