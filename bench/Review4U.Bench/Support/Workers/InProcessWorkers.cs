using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Review4U.TestKit.Workflows;
using Review4U.Workflows.Hangfire.Hosting;

namespace Review4U.Bench.Support.Workers;

/// <summary>One Hangfire server in the bench's own process, on the test host's storage and queue.</summary>
public sealed class InProcessWorkers(WorkflowTestHost host, int workers) : IWorkerGroup
{
    private BackgroundJobServer? server;

    public void Go() => server = WorkflowServers.Start(host.Storage, host.Services.GetRequiredService<IServiceScopeFactory>(), host.Options, workers);

    public ValueTask DisposeAsync()
    {
        server?.Dispose();
        return ValueTask.CompletedTask;
    }
}
