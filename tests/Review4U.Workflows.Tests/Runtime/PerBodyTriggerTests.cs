using Microsoft.Extensions.DependencyInjection;
using Review4U.TestKit.Workflows;
using Review4U.Workflows.Tests.Runtime.Support;
using Review4U.Workflows.Triggers;

namespace Review4U.Workflows.Tests.Runtime;

/// <summary>
/// Per-body cron triggers (<c>forEachBody:</c>): one instance per body and occurrence, in each body's own time zone,
/// exactly once however many servers run the trigger job, with bodies read afresh on every run.
/// </summary>
public sealed class PerBodyTriggerTests : IAsyncLifetime
{
    private const string Daily = """
        id: daily-check
        version: 1
        title: Daily check
        inputs:
          bodyCode: { type: string, required: true }
          label: { type: string, required: true }
        triggers:
          - id: morning
            type: cron
            cron: "0 9 * * *"
            forEachBody: all
            inputs:
              bodyCode: "{{ body.code }}"
              label: "{{ body.kind }} {{ body.code }} {{ body.timeZone }} {{ now | date: '%Y-%m-%dT%H:%M' }}"
        steps:
          - id: note
            type: recordEffect
            with: { label: "{{ inputs.label }}" }
        """;

    private readonly TriggerBodyList bodies = new();
    private WorkflowTestHost host = null!;

    public async Task InitializeAsync() =>
        host = await RuntimeHost.StartAsync(o => o.TriggerLookback = TimeSpan.FromHours(2), services => services.AddSingleton<ITriggerBodies>(bodies));

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task StartDueTriggersAsync_StartsEachBodyAtItsLocalTime_WhenBodiesAreInDifferentZonesAcrossTheMarchDstChange()
    {
        bodies.Add("NACSA-KE", "alliance", "Africa/Nairobi").Add("NET4U-EU", "network", "Europe/Paris");
        host.Load(Daily);

        // Hour by hour from Friday 29 March to Tuesday 2 April 2030; Paris moves to summer time on Sunday 31 March.
        await host.RunTriggersHourlyAsync(new DateTimeOffset(2030, 3, 29, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 4, 1, 23, 0, 0, TimeSpan.Zero));
        await host.RunUntilIdleAsync();

        // 09:00 in Nairobi (UTC+3 all year) is 06:00 UTC; 09:00 in Paris is 08:00 UTC in winter, 07:00 UTC in summer.
        Assert.Equal(
            ["2030-03-29T06:00:00Z", "2030-03-30T06:00:00Z", "2030-03-31T06:00:00Z", "2030-04-01T06:00:00Z"],
            await host.OccurrencesAsync("daily-check/morning/NACSA-KE"));
        Assert.Equal(
            ["2030-03-29T08:00:00Z", "2030-03-30T08:00:00Z", "2030-03-31T07:00:00Z", "2030-04-01T07:00:00Z"],
            await host.OccurrencesAsync("daily-check/morning/NET4U-EU"));
        Assert.Equal(1, await host.EffectsAsync("alliance NACSA-KE Africa/Nairobi 2030-03-31T06:00"));
        Assert.Equal(1, await host.EffectsAsync("network NET4U-EU Europe/Paris 2030-03-31T07:00"));
        Assert.Equal(8, await host.EffectsAsync());
        Assert.Equal(0, await host.ScalarAsync<long>( // each instance started at its occurrence, and ran to the end
            """
            SELECT count(*) FROM workflow.instances i JOIN workflow.trigger_occurrences o ON o.instance_id = i.id
            WHERE to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') <> o.occurrence OR i.status <> 'completed'
            """));
        Assert.Equal(4, await host.ScalarAsync<long>("SELECT count(*) FROM workflow.instances WHERE body_id = $1 AND inputs ->> 'bodyCode' = 'NET4U-EU'", bodies["NET4U-EU"].Id));
    }

    [Fact]
    public async Task StartDueTriggersAsync_StartsEachBodyOnce_WhenTwoServersRunTheJobOnOneDatabase()
    {
        bodies.Add("NACSA-NG", "alliance", "Africa/Lagos").Add("NACSA-SN", "alliance", "Africa/Dakar");
        host.Load(Daily);
        await using var peer = host.CreatePeer();
        WorkflowTestHost.LoadInto(peer, Daily);
        host.Clock.SetUtcNow(new DateTimeOffset(2030, 3, 29, 9, 30, 0, TimeSpan.Zero)); // 09:00 was 08:00 UTC in Lagos, 09:00 UTC in Dakar

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => host.StartDueTriggersAsync(i % 2 == 0 ? null : peer))));
        await host.StartDueTriggersAsync(peer);

        Assert.Equal(1, await host.ScalarAsync<long>("SELECT count(*) FROM workflow.instances WHERE body_id = $1", bodies["NACSA-NG"].Id));
        Assert.Equal(1, await host.ScalarAsync<long>("SELECT count(*) FROM workflow.instances WHERE body_id = $1", bodies["NACSA-SN"].Id));
        Assert.Equal(2, await host.ScalarAsync<long>("SELECT count(*) FROM workflow.trigger_occurrences"));
    }

    [Fact]
    public async Task StartDueTriggersAsync_PicksUpABody_WhenItIsAddedAfterTheTriggerFiredForOthers()
    {
        bodies.Add("NACSA-KE", "alliance", "Africa/Nairobi");
        host.Load(Daily);
        await host.RunTriggersHourlyAsync(new DateTimeOffset(2030, 3, 29, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 3, 29, 12, 0, 0, TimeSpan.Zero));

        bodies.Add("NACSA-GH", "alliance", "Africa/Accra");
        await host.RunTriggersHourlyAsync(new DateTimeOffset(2030, 3, 29, 13, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 3, 30, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(["2030-03-29T06:00:00Z", "2030-03-30T06:00:00Z"], await host.OccurrencesAsync("daily-check/morning/NACSA-KE"));
        Assert.Equal(["2030-03-30T09:00:00Z"], await host.OccurrencesAsync("daily-check/morning/NACSA-GH")); // not the day before it joined
    }

    [Fact]
    public async Task StartDueTriggersAsync_StartsOnlySelectedKindInTheTriggersZone_WhenForEachBodyIsNetworkWithATimeZone()
    {
        bodies.Add("NACSA-KE", "alliance", "Africa/Nairobi").Add("NET4U-AF", "network", "Africa/Nairobi");
        host.Load("""
            id: network-digest
            version: 1
            title: Network digest
            inputs:
              bodyId: { type: string, required: true }
            triggers:
              - type: cron
                cron: "0 9 * * *"
                timeZone: UTC
                forEachBody: network
                inputs: { bodyId: "{{ body.id }}" }
            steps:
              - id: note
                type: recordEffect
                with: { label: "digest {{ inputs.bodyId }} for {{ instance.bodyId }}" }
            """);
        host.Clock.SetUtcNow(new DateTimeOffset(2030, 3, 29, 9, 0, 0, TimeSpan.Zero));

        await host.StartDueTriggersAsync();
        await host.RunUntilIdleAsync();

        Assert.Equal(["2030-03-29T09:00:00Z"], await host.OccurrencesAsync("network-digest/trigger-1/NET4U-AF"));
        Assert.Equal(1, await host.ScalarAsync<long>("SELECT count(*) FROM workflow.instances"));
        Assert.Equal(1, await host.EffectsAsync($"digest {bodies["NET4U-AF"].Id} for {bodies["NET4U-AF"].Id}"));
    }
}
