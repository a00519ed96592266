using Review4U.TestKit.Workflows;
using Review4U.Workflows.Runtime;
using Review4U.Workflows.Tests.Runtime.Support;

namespace Review4U.Workflows.Tests.Runtime;

/// <summary>Retries with backoff, incidents, manual retry / skip / cancel, and a crash between effect and state update.</summary>
public sealed class FaultTests : IAsyncLifetime
{
    private WorkflowTestHost host = null!;

    public async Task InitializeAsync() => host = await RuntimeHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private void LoadFlaky(int failures) => host.Load($$"""
        id: flaky
        version: 1
        title: Flaky
        steps:
          - id: shaky
            type: flaky
            with: { failures: {{failures}}, label: shaky }
            retry: { attempts: 3, backoff: PT1M }
          - id: after
            type: recordEffect
            with: { label: after }
        """);

    [Fact]
    public async Task Retry_SucceedsWithOneEffect_WhenStepFailsLessThanAttempts()
    {
        LoadFlaky(2);
        var id = await host.Runtime.StartAsync("flaky", null, null);
        await host.RunUntilIdleAsync();
        Assert.Equal(InstanceStatus.Waiting, (await host.GetAsync(id)).Summary.Status);

        await host.AdvanceAsync(TimeSpan.FromMinutes(1));
        await host.AdvanceAsync(TimeSpan.FromMinutes(2)); // backoff doubles

        var instance = await host.GetAsync(id);
        Assert.Equal(InstanceStatus.Completed, instance.Summary.Status);
        Assert.Equal(1, await host.EffectsAsync("shaky")); // the two failed attempts' effects rolled back
        Assert.Equal(2, instance.Journal.Count(e => e.Kind == "retry"));
    }

    [Fact]
    public async Task Incident_IsRaisedThenRetriedByHand_WhenAttemptsAreExhausted()
    {
        LoadFlaky(3);
        var id = await host.Runtime.StartAsync("flaky", null, null);
        await host.RunUntilAsync(host.Clock.GetUtcNow().AddHours(1));

        var faulted = await host.GetAsync(id);
        Assert.Equal(InstanceStatus.Faulted, faulted.Summary.Status);
        var incident = Assert.Single(faulted.Incidents);
        Assert.Equal(("shaky", 3, "open"), (incident.StepId, incident.Attempts, incident.Status));
        Assert.Contains("flaky failure of shaky", incident.Error, StringComparison.Ordinal);
        Assert.Equal(0, await host.EffectsAsync());

        Assert.Equal(1, await host.Runtime.RetryAsync(id, "coordinator@example.org"));
        await host.RunUntilIdleAsync();

        var done = await host.GetAsync(id);
        Assert.Equal(InstanceStatus.Completed, done.Summary.Status);
        Assert.Equal("retried", Assert.Single(done.Incidents).Status);
        Assert.Contains(done.Journal, e => e.Kind == "manual-retry" && e.Actor == "coordinator@example.org");
        Assert.Equal(1, await host.EffectsAsync("shaky"));
        Assert.Equal(1, await host.EffectsAsync("after"));
    }

    [Fact]
    public async Task SkipAsync_MovesPastTheFailedStep_WhenIncidentIsSkipped()
    {
        LoadFlaky(99);
        var id = await host.Runtime.StartAsync("flaky", null, null);
        await host.RunUntilAsync(host.Clock.GetUtcNow().AddHours(1));

        Assert.Equal(1, await host.Runtime.SkipAsync(id, "coordinator"));
        await host.RunUntilIdleAsync();

        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(id)).Summary.Status);
        Assert.Equal(0, await host.EffectsAsync("shaky"));
        Assert.Equal(1, await host.EffectsAsync("after"));
        Assert.Equal("skipped", await host.ScalarAsync<string>("SELECT status FROM workflow.step_executions WHERE step_id = 'shaky'"));
    }

    [Fact]
    public async Task CancelAsync_CancelsInstanceWaitsAndIncidents_WhenInstanceIsFaulted()
    {
        LoadFlaky(99);
        var id = await host.Runtime.StartAsync("flaky", null, null);
        await host.RunUntilAsync(host.Clock.GetUtcNow().AddHours(1));

        await host.Runtime.CancelAsync(id, "admin");
        await host.RunUntilIdleAsync();

        var instance = await host.GetAsync(id);
        Assert.Equal(InstanceStatus.Cancelled, instance.Summary.Status);
        Assert.Equal("cancelled", Assert.Single(instance.Incidents).Status);
        Assert.Equal(0, await host.Runtime.RetryAsync(id, "admin"));
    }

    [Fact]
    public async Task Advance_ResumesWithoutRepeatingTheEffect_WhenSessionDiesBetweenEffectAndStateUpdate()
    {
        host.Load("""
            id: crash
            version: 1
            title: Crash
            steps:
              - id: before
                type: recordEffect
                with: { label: before }
              - id: fragile
                type: crashAfterEffect
                with: { label: fragile }
              - id: after
                type: recordEffect
                with: { label: after }
            """);

        var id = await host.Runtime.StartAsync("crash", null, null);
        await host.RunUntilIdleAsync();

        Assert.NotEmpty(host.Jobs.Failures); // the job died with its session; Hangfire's retry ran it again
        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(id)).Summary.Status);
        Assert.Equal(1, await host.EffectsAsync("before"));
        Assert.Equal(1, await host.EffectsAsync("fragile"));
        Assert.Equal(1, await host.EffectsAsync("after"));
        Assert.Equal(0, await host.DuplicatedEffectsAsync());
    }
}
