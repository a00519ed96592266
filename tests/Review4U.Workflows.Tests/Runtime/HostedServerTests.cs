using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Review4U.TestKit.Workflows;
using Review4U.Workflows.Runtime;
using Review4U.Workflows.Tests.Runtime.Support;

namespace Review4U.Workflows.Tests.Runtime;

/// <summary>The production wiring: WorkerCount above 0 runs a Hangfire server as a hosted service, with the recurring jobs.</summary>
public sealed class HostedServerTests : IAsyncLifetime
{
    private WorkflowTestHost host = null!;

    public async Task InitializeAsync() => host = await RuntimeHost.StartAsync(o => o.WorkerCount = 2);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task HostedService_RunsInstancesAndRegistersRecurringJobs_WhenWorkersAreConfigured()
    {
        host.Load("""
            id: hosted
            version: 1
            title: Hosted
            steps:
              - id: one
                type: recordEffect
                with: { label: hosted }
            """);
        var server = Assert.Single(host.Services.GetServices<IHostedService>());
        await server.StartAsync(CancellationToken.None);
        try
        {
            var id = await host.Runtime.StartAsync("hosted", null, null);
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while ((await host.GetAsync(id)).Summary.Status != InstanceStatus.Completed && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }

            Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(id)).Summary.Status);
            Assert.Equal(1, await host.EffectsAsync("hosted"));
            Assert.Equal(2, await host.ScalarAsync<long>(
                "SELECT count(*) FROM hangfire.set WHERE key = 'recurring-jobs' AND value IN ('workflow-sweeper', 'workflow-cron-triggers')"));
        }
        finally
        {
            await server.StopAsync(CancellationToken.None);
        }
    }
}
