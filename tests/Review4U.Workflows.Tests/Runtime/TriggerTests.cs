using Microsoft.Extensions.DependencyInjection;
using Review4U.TestKit.Workflows;
using Review4U.Workflows.Hangfire.Engine;
using Review4U.Workflows.Tests.Runtime.Support;

namespace Review4U.Workflows.Tests.Runtime;

/// <summary>Cron triggers: one instance per occurrence in the trigger's time zone, however many servers run the job.</summary>
public sealed class TriggerTests : IAsyncLifetime
{
    private WorkflowTestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await RuntimeHost.StartAsync();
        host.Load("""
            id: weekly
            version: 1
            title: Weekly
            inputs:
              bodyCode: { type: string, required: true }
            triggers:
              - type: cron
                cron: "0 9 * * MON"
                timeZone: Europe/Vienna
                inputs: { bodyCode: NACSA-AT }
            steps:
              - id: note
                type: recordEffect
                with: { label: "weekly {{ inputs.bodyCode }}" }
            """);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task StartDueTriggersAsync_StartsOneInstancePerOccurrence_WhenSeveralServersRunIt()
    {
        // 2030-01-07 is a Monday; 09:00 in Vienna (CET, UTC+1) is 08:00 UTC, and the host's clock starts at 08:00 UTC.
        host.Clock.Advance(TimeSpan.FromMinutes(1));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(RunTriggerJobAsync)));
        await RunTriggerJobAsync();
        await host.RunUntilIdleAsync();

        Assert.Equal(1, await host.ScalarAsync<long>("SELECT count(*) FROM workflow.instances"));
        Assert.Equal("2030-01-07T08:00:00Z", await host.ScalarAsync<string>("SELECT occurrence FROM workflow.trigger_occurrences"));
        Assert.Equal(1, await host.EffectsAsync("weekly NACSA-AT"));

        host.Clock.Advance(TimeSpan.FromDays(7));
        await RunTriggerJobAsync();
        await RunTriggerJobAsync();

        Assert.Equal(2, await host.ScalarAsync<long>("SELECT count(*) FROM workflow.instances"));
    }

    [Fact]
    public async Task PublishEventAsync_StartsOneInstancePerEventKey_WhenAWorkflowHasAnEventTrigger()
    {
        host.Load("""
            id: welcome
            version: 1
            title: Welcome
            inputs:
              member: { type: string, required: true }
            triggers:
              - type: event
                event: member.joined
                inputs: { member: "{{ event.name }}" }
            steps:
              - id: greet
                type: recordEffect
                with: { label: "welcome {{ inputs.member }}" }
            """, "welcome.yaml");
        var payload = new Dictionary<string, object?> { ["name"] = "Association Amani" };

        await host.Runtime.PublishEventAsync("member.joined", "org-17", payload);
        await host.Runtime.PublishEventAsync("member.joined", "org-17", payload); // redelivered
        await host.RunUntilIdleAsync();

        Assert.Equal(1, await host.ScalarAsync<long>("SELECT count(*) FROM workflow.instances WHERE definition_id = 'welcome'"));
        Assert.Equal(1, await host.EffectsAsync("welcome Association Amani"));
        Assert.Equal(0, await host.ScalarAsync<long>("SELECT count(*) FROM workflow.pending_events WHERE event_name = 'member.joined' AND consumed_by_bookmark_id IS NULL"));
    }

    private async Task RunTriggerJobAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowJobs>().StartDueTriggersAsync();
    }
}
