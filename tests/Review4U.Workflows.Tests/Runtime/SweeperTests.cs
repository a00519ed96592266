using Microsoft.Extensions.DependencyInjection;
using Review4U.TestKit.Workflows;
using Review4U.Workflows.Hangfire.Engine;
using Review4U.Workflows.Runtime;
using Review4U.Workflows.Tests.Runtime.Support;

namespace Review4U.Workflows.Tests.Runtime;

/// <summary>Work committed but never handed to Hangfire (the process died in between) is found and finished.</summary>
public sealed class SweeperTests : IAsyncLifetime
{
    private WorkflowTestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await RuntimeHost.StartAsync();
        host.Load("""
            id: lost
            version: 1
            title: Lost
            steps:
              - id: first
                type: recordEffect
                with: { label: first }
              - id: pause
                type: delay
                with: { duration: PT1H }
              - id: second
                type: recordEffect
                with: { label: second }
            """);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task SweepAsync_RedispatchesReadyBranchesAndOverdueTimers_WhenTheirJobsWereLost()
    {
        var id = await host.Runtime.StartAsync("lost", null, null);
        await ForgetAllHangfireJobsAsync(); // the enqueue after commit never happened
        host.Clock.Advance(TimeSpan.FromMinutes(2));

        await SweepAsync();
        await host.RunUntilIdleAsync();
        Assert.Equal(1, await host.EffectsAsync("first"));
        Assert.Equal(InstanceStatus.Waiting, (await host.GetAsync(id)).Summary.Status);

        await ForgetAllHangfireJobsAsync(); // the timer's scheduled job is lost too
        host.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(2));
        await SweepAsync();
        await host.RunUntilIdleAsync();

        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(id)).Summary.Status);
        Assert.Equal(1, await host.EffectsAsync("second"));
    }

    private Task ForgetAllHangfireJobsAsync() =>
        host.ExecuteAsync("TRUNCATE hangfire.jobqueue, hangfire.set, hangfire.state, hangfire.jobparameter, hangfire.job CASCADE");

    private async Task SweepAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowJobs>().SweepAsync();
    }
}
