using Microsoft.Extensions.DependencyInjection;
using Review4U.Cli.Infrastructure;
using Review4U.Workflows.Hangfire;
using Review4U.Workflows.Hangfire.Engine;
using Review4U.Workflows.Catalog;
using Review4U.Workflows.Runtime;

namespace Review4U.Cli.Commands.Instances;

/// <summary>The engine as the CLI uses it: runtime and queries on the configured database, no Hangfire server (workers run the jobs).</summary>
internal sealed class CliWorkflowEngine : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    public CliWorkflowEngine(CliSettings settings)
    {
        var services = new ServiceCollection();
        services.AddReview4UWorkflowEngine(o => o.ConnectionString = settings.ConnectionString);
        provider = services.BuildServiceProvider();
    }

    public IWorkflowRuntime Runtime => provider.GetRequiredService<IWorkflowRuntime>();

    public IWorkflowInstanceQueries Queries => provider.GetRequiredService<IWorkflowInstanceQueries>();

    /// <summary>Loads every valid definition of the folder; returns the messages of the invalid ones.</summary>
    public async Task<IReadOnlyList<string>> LoadDefinitionsAsync(string directory, CancellationToken ct)
    {
        if (!Directory.Exists(directory))
        {
            throw new UserFacingException($"No workflows folder at '{directory}' (use --dir).");
        }

        var catalog = await provider.GetRequiredService<WorkflowCatalogLoader>().LoadFolderAsync(directory, ct);
        provider.GetRequiredService<LoadedDefinitions>().Add(catalog);
        var problems = catalog.Diagnostics.Select(d => d.ToString()).ToList();
        return problems;
    }

    public static Guid ParseId(string text) =>
        Guid.TryParse(text, out var id) ? id : throw new UserFacingException($"'{text}' is not an instance id (a GUID, as `review4u instances list` shows).");

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
