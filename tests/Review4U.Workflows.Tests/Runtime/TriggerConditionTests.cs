using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Review4U.TestKit.Workflows;
using Review4U.Workflows.Tests.Runtime.Support;
using Review4U.Workflows.Triggers;

namespace Review4U.Workflows.Tests.Runtime;

/// <summary>
/// A cron trigger's <c>when:</c>: tested per occurrence (with <c>now</c> the occurrence) and per body, with the facts
/// modules tell about bodies (<see cref="ITriggerBodyFacts"/>); a rejected occurrence starts nothing and is not recorded.
/// </summary>
public sealed class TriggerConditionTests : IAsyncLifetime
{
    private const string RenewalLike = """
        id: renewal-like
        version: 1
        title: Starts only while a body's renewal is due
        inputs:
          bodyCode: { type: string, required: true }
        triggers:
          - id: daily
            type: cron
            cron: "0 6 * * *"
            forEachBody: all
            when: "now >= body.facts.opensAt and body.facts.opened == false"
            inputs: { bodyCode: "{{ body.code }}" }
        steps:
          - id: note
            type: recordEffect
            with: { label: "{{ inputs.bodyCode }} {{ instance.bodyId }}" }
        """;

    private readonly TriggerBodyList bodies = new();
    private readonly FactsByCode facts = new();
    private WorkflowTestHost host = null!;

    public async Task InitializeAsync() =>
        host = await RuntimeHost.StartAsync(o => o.TriggerLookback = TimeSpan.FromHours(2), services =>
        {
            services.AddSingleton<ITriggerBodies>(bodies);
            services.AddSingleton<ITriggerBodyFacts>(facts);
        });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task StartDueTriggersAsync_StartsABodyOnlyWhileItsConditionHolds_WhenModulesGiveFacts()
    {
        bodies.Add("NACSA-KE", "alliance", "Africa/Nairobi").Add("NACSA-FR", "alliance", "Europe/Paris").Add("NET4U-AF", "network", "Africa/Nairobi");
        facts.Set(bodies, "NACSA-KE", new DateTimeOffset(2030, 3, 30, 0, 0, 0, TimeSpan.FromHours(3)), opened: false);
        facts.Set(bodies, "NACSA-FR", new DateTimeOffset(2030, 3, 1, 0, 0, 0, TimeSpan.Zero), opened: true); // due, but opened already
        facts.Set(bodies, "NET4U-AF", new DateTimeOffset(2030, 6, 1, 0, 0, 0, TimeSpan.Zero), opened: false); // not yet
        host.Load(RenewalLike);

        await host.RunTriggersHourlyAsync(new DateTimeOffset(2030, 3, 28, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 3, 31, 12, 0, 0, TimeSpan.Zero));
        facts.Set(bodies, "NACSA-KE", new DateTimeOffset(2030, 3, 30, 0, 0, 0, TimeSpan.FromHours(3)), opened: true); // the renewal opened
        await host.RunTriggersHourlyAsync(new DateTimeOffset(2030, 3, 31, 13, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 4, 2, 12, 0, 0, TimeSpan.Zero));
        await host.RunUntilIdleAsync();

        // 06:00 in Nairobi is 03:00 UTC: due from 30 March until it opened (after 31 March's occurrence).
        Assert.Equal(["2030-03-30T03:00:00Z", "2030-03-31T03:00:00Z"], await host.OccurrencesAsync("renewal-like/daily/NACSA-KE"));
        Assert.Empty(await host.OccurrencesAsync("renewal-like/daily/NACSA-FR"));
        Assert.Empty(await host.OccurrencesAsync("renewal-like/daily/NET4U-AF"));
        Assert.Equal(2, await host.EffectsAsync($"NACSA-KE {bodies["NACSA-KE"].Id}"));
        Assert.Equal(2, await host.ScalarAsync<long>("SELECT count(*) FROM workflow.instances"));
    }

    [Fact]
    public async Task StartDueTriggersAsync_StartsTheLaterOccurrences_WhenTheConditionComparesNowWithADate()
    {
        host.Load("""
            id: from-april
            version: 1
            title: Weekly from April
            triggers:
              - type: cron
                cron: "0 9 * * *"
                timeZone: UTC
                when: "now >= '2030-04-01T00:00:00Z'"
            steps:
              - id: note
                type: recordEffect
                with: { label: "{{ now | date: '%Y-%m-%d' }}" }
            """);

        await host.RunTriggersHourlyAsync(new DateTimeOffset(2030, 3, 30, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 4, 2, 12, 0, 0, TimeSpan.Zero));
        await host.RunUntilIdleAsync();

        // Skipped occurrences leave no row: only the ones the condition let through are recorded.
        Assert.Equal(["2030-04-01T09:00:00Z", "2030-04-02T09:00:00Z"], await host.OccurrencesAsync("from-april/trigger-1"));
    }

    [Fact]
    public async Task StartDueTriggersAsync_StartsTheOtherBodies_WhenOneBodyLacksAFactTheConditionReads()
    {
        bodies.Add("NACSA-KE", "alliance", "Africa/Nairobi").Add("NACSA-NG", "alliance", "Africa/Lagos");
        facts.Set(bodies, "NACSA-KE", new DateTimeOffset(2030, 3, 1, 0, 0, 0, TimeSpan.Zero), opened: false);
        host.Load(RenewalLike); // no facts at all for NACSA-NG: reading body.facts.opensAt is an error for that body only

        // 06:00 is 03:00 UTC in Nairobi, 05:00 UTC in Lagos.
        await host.RunTriggersHourlyAsync(new DateTimeOffset(2030, 3, 29, 2, 30, 0, TimeSpan.Zero), new DateTimeOffset(2030, 3, 29, 6, 30, 0, TimeSpan.Zero));
        await host.RunUntilIdleAsync();

        Assert.Equal(["2030-03-29T03:00:00Z"], await host.OccurrencesAsync("renewal-like/daily/NACSA-KE"));
        Assert.Empty(await host.OccurrencesAsync("renewal-like/daily/NACSA-NG"));
    }

    /// <summary>A module's facts about bodies, as the test sets them (an <see cref="ITriggerBodyFacts"/> like the Secretariat's).</summary>
    private sealed class FactsByCode : ITriggerBodyFacts
    {
        private readonly ConcurrentDictionary<Guid, IReadOnlyDictionary<string, object?>> byBody = new();

        public void Set(TriggerBodyList list, string code, DateTimeOffset opensAt, bool opened) =>
            byBody[list[code].Id] = new Dictionary<string, object?> { ["opensAt"] = opensAt, ["opened"] = opened };

        public Task<IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, object?>>> ReadAsync(IReadOnlyList<TriggerBody> bodies, CancellationToken ct) =>
            Task.FromResult<IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, object?>>>(
                bodies.Where(b => byBody.ContainsKey(b.Id)).ToDictionary(b => b.Id, b => byBody[b.Id]));
    }
}
