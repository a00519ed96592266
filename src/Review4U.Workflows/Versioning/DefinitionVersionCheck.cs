using Review4U.Workflows.Definitions;
using Review4U.Workflows.Validation;

namespace Review4U.Workflows.Versioning;

/// <summary>
/// The versioning rule, pure: a definition is stored by (id, version, content hash); a file whose content changed must
/// raise its version above every stored one. The runtime reads the stored rows, calls this, and stores on
/// <see cref="VersionCheckResult.ShouldStore"/> (under a unique (id, version) constraint, so two servers agree).
/// </summary>
public static class DefinitionVersionCheck
{
    public static VersionCheckResult Check(IEnumerable<StoredDefinitionVersion> stored, WorkflowDefinition loaded)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(loaded);
        var versions = stored.Where(row => string.Equals(row.Id, loaded.Id, StringComparison.Ordinal)).ToList();
        if (versions.Count == 0)
        {
            return new VersionCheckResult(VersionCheckOutcome.NewWorkflow, null);
        }

        var same = versions.FirstOrDefault(row => row.Version == loaded.Version);
        if (same is not null)
        {
            return string.Equals(same.ContentHash, loaded.ContentHash, StringComparison.OrdinalIgnoreCase)
                ? new VersionCheckResult(VersionCheckOutcome.Unchanged, null)
                : Error(VersionCheckOutcome.ChangedWithoutNewVersion, loaded,
                    $"workflow '{loaded.Id}' changed without raising its version {loaded.Version}",
                    $"set 'version: {versions.Max(row => row.Version) + 1}'; instances already running keep version {loaded.Version}");
        }

        var highest = versions.Max(row => row.Version);
        return loaded.Version > highest
            ? new VersionCheckResult(VersionCheckOutcome.NewVersion, null)
            : Error(VersionCheckOutcome.VersionBelowStored, loaded,
                $"workflow '{loaded.Id}' has version {loaded.Version}, below the stored version {highest}",
                $"set 'version: {highest + 1}'");
    }

    private static VersionCheckResult Error(VersionCheckOutcome outcome, WorkflowDefinition loaded, string message, string hint) =>
        new(outcome, new DefinitionDiagnostic(loaded.VersionLocation, message, hint));
}
