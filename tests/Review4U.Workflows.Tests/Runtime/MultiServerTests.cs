using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Review4U.TestKit.Workflows;
using Review4U.Workflows.Hangfire.Hosting;
using Review4U.Workflows.Runtime;
using Review4U.Workflows.Tests.Runtime.Support;

namespace Review4U.Workflows.Tests.Runtime;

/// <summary>Two real Hangfire servers on one database sharing a 1,000-branch fan-out.</summary>
public sealed class MultiServerTests : IAsyncLifetime
{
    private WorkflowTestHost host = null!;

    public async Task InitializeAsync() => host = await RuntimeHost.StartAsync(o => o.BatchSize = 100);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task ForEach_WritesEachEffectExactlyOnce_WhenTwoServersShareThousandBranches()
    {
        host.Load("""
            id: mass
            version: 1
            title: Mass
            inputs:
              members: { type: list, required: true }
            steps:
              - id: everyone
                type: forEach
                with: { items: "inputs.members", as: member }
                do:
                  - id: invite
                    type: recordEffect
                    with: { label: "invite {{ member }}" }
                  - id: task
                    type: recordEffect
                    with: { label: "task {{ member }}" }
              - id: done
                type: recordEffect
                with: { label: "done {{ steps.everyone.completed }}" }
            """);
        var members = Enumerable.Range(1, 1000).Select(i => (object?)$"member-{i}").ToList();
        var scopes = host.Services.GetRequiredService<IServiceScopeFactory>();
        using var first = WorkflowServers.Start(host.Storage, scopes, host.Options, 4, "server-a");
        using var second = WorkflowServers.Start(host.Storage, scopes, host.Options, 4, "server-b");

        var id = await host.Runtime.StartAsync("mass", new Dictionary<string, object?> { ["members"] = members }, null);
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while ((await host.GetAsync(id)).Summary.Status != InstanceStatus.Completed && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(id)).Summary.Status);
        Assert.Equal(2001, await host.EffectsAsync());
        Assert.Equal(0, await host.DuplicatedEffectsAsync());
        Assert.Equal(1, await host.EffectsAsync("done 1000"));
        var servers = await host.ScalarAsync<long>( // both servers did work
            "SELECT count(DISTINCT data::jsonb ->> 'ServerId') FROM hangfire.state WHERE name = 'Processing'");
        Assert.Equal(2, servers);
    }

    [Fact]
    public async Task PublishEventAsync_ResumesEveryWaitOnce_WhenHundredsOfEventsArriveAtOnce()
    {
        host.Load("""
            id: answers
            version: 1
            title: Answers
            inputs:
              members: { type: list, required: true }
            steps:
              - id: collect
                type: forEach
                with: { items: "inputs.members", as: member }
                do:
                  - id: answer
                    type: waitEvent
                    with: { event: answer.submitted, key: "{{ member }}" }
                  - id: file
                    type: recordEffect
                    with: { label: "filed {{ member }} {{ steps.answer.payload.n }}" }
              - id: compile
                type: recordEffect
                with: { label: "compiled {{ steps.collect.completed }}" }
            """);
        var members = Enumerable.Range(1, 200).Select(i => $"org-{i}").ToList();
        var scopes = host.Services.GetRequiredService<IServiceScopeFactory>();
        using var first = WorkflowServers.Start(host.Storage, scopes, host.Options, 4, "server-a");
        using var second = WorkflowServers.Start(host.Storage, scopes, host.Options, 4, "server-b");
        var id = await host.Runtime.StartAsync("answers", new Dictionary<string, object?> { ["members"] = members.Cast<object?>().ToList() }, null);
        await WaitForAsync(() => host.ScalarAsync<long>("SELECT count(*) FROM workflow.bookmarks WHERE status = 'open'"), 200);

        // Half the events twice (a redelivering producer), 16 publishers at a time (a busy web server's worth:
        // more only starves this 2-core machine's thread pool, leaving transactions idle while they hold locks).
        using var gate = new SemaphoreSlim(16);
        var publishes = members.Concat(members.Take(100)).Select((m, i) => Task.Run(async () =>
        {
            await gate.WaitAsync();
            try
            {
                return await host.Runtime.PublishEventAsync("answer.submitted", m, new Dictionary<string, object?> { ["n"] = i < 200 ? 1 : 2 });
            }
            finally
            {
                gate.Release();
            }
        }));
        var resumed = (await Task.WhenAll(publishes)).Sum();
        await WaitForAsync(async () => (await host.GetAsync(id)).Summary.Status == InstanceStatus.Completed ? 1 : 0, 1);

        Assert.Equal(200, resumed);
        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(id)).Summary.Status);
        Assert.Equal(200, await host.ScalarAsync<long>("SELECT count(*) FROM public.effects WHERE label LIKE 'filed %'")); // whichever copy came first
        Assert.Equal(0, await host.DuplicatedEffectsAsync());
        Assert.Equal(1, await host.EffectsAsync("compiled 200"));
        Assert.Equal(100, await host.ScalarAsync<long>("SELECT count(*) FROM workflow.pending_events")); // the duplicates are kept, not applied twice
    }

    private static async Task WaitForAsync(Func<Task<long>> probe, long target)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (await probe() < target && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
    }
}
