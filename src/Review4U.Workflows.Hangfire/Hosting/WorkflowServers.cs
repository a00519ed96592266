using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Review4U.Workflows.Hangfire.Hosting;

/// <summary>Starts a Hangfire server for the engine's queue (the hosted service and multi-server tests use it).</summary>
public static class WorkflowServers
{
    public static BackgroundJobServer Start(JobStorage storage, IServiceScopeFactory scopes, WorkflowEngineOptions options, int workerCount, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var serverOptions = new BackgroundJobServerOptions
        {
            Queues = [options.Queue],
            WorkerCount = Math.Max(1, workerCount),
            Activator = new ServiceProviderJobActivator(scopes),
            SchedulePollingInterval = TimeSpan.FromSeconds(1),
            ServerName = name ?? $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}",
        };
        return new BackgroundJobServer(serverOptions, storage);
    }
}
