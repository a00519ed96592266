using Review4U.Cli.Infrastructure;
using Review4U.Workflows.Catalog;

namespace Review4U.Cli.Commands.Workflows;

/// <summary>Loads a workflows folder, with a clear error when it does not exist.</summary>
internal static class WorkflowsFolder
{
    public static Task<WorkflowCatalog> LoadAsync(WorkflowCatalogLoader catalogs, string folder, CancellationToken ct)
    {
        if (!Directory.Exists(folder))
        {
            throw new UserFacingException($"folder '{folder}' does not exist (give another with --dir)");
        }

        return catalogs.LoadFolderAsync(folder, ct);
    }
}
