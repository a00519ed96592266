using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Review4U.Workflows.Hangfire.Engine;

namespace Review4U.Workflows.Hangfire.Hosting;

/// <summary>Runs a Hangfire server on the engine's queue in this process, plus the recurring sweeper.</summary>
internal sealed class WorkflowServerHostedService(JobStorage storage, IServiceScopeFactory scopes, WorkflowEngineOptions options) : IHostedService, IDisposable
{
    private BackgroundJobServer? server;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        server = WorkflowServers.Start(storage, scopes, options, options.WorkerCount);
        var recurring = new RecurringJobManager(storage);
        recurring.AddOrUpdate<WorkflowJobs>("workflow-sweeper", options.Queue, jobs => jobs.SweepAsync(), Cron.Minutely());
        recurring.AddOrUpdate<WorkflowJobs>("workflow-cron-triggers", options.Queue, jobs => jobs.StartDueTriggersAsync(), Cron.Minutely());
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (server is not null)
        {
            server.SendStop();
            await server.WaitForShutdownAsync(cancellationToken);
        }
    }

    public void Dispose() => server?.Dispose();
}
