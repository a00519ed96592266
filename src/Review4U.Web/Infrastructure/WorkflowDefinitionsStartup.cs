using Microsoft.Extensions.Options;
using Review4U.Workflows.Catalog;
using Review4U.Workflows.Hangfire.Engine;

namespace Review4U.Web.Infrastructure;

/// <summary>
/// Loads and validates every workflow file at start-up. An invalid file stops the host with every
/// <c>file:line:column</c> diagnostic, so a broken definition is never run.
/// </summary>
internal sealed class WorkflowDefinitionsStartup(
    WorkflowCatalogLoader loader, LoadedDefinitions definitions, IOptions<WorkflowFilesOptions> options, ILogger<WorkflowDefinitionsStartup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(options.Value.Path);
        var catalog = await loader.LoadFolderAsync(folder, cancellationToken);
        catalog.ThrowIfInvalid();
        definitions.Add(catalog);
        logger.LogInformation("Loaded {Count} workflow definitions from {Folder}", catalog.Definitions.Count, folder);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
