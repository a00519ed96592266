using Review4U.TestKit.Workflows;
using Review4U.Workflows.Runtime;
using Review4U.Workflows.Tests.Runtime.Support;

namespace Review4U.Workflows.Tests.Runtime;

/// <summary>forEach with its joins (all, any, quorum, deadline) and parallel branches.</summary>
public sealed class FanOutTests : IAsyncLifetime
{
    private WorkflowTestHost host = null!;

    public async Task InitializeAsync() => host = await RuntimeHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private static Dictionary<string, object?> Members(int count) =>
        new() { ["members"] = Enumerable.Range(1, count).Select(i => (object?)$"m{i}").ToList() };

    [Fact]
    public async Task ForEach_RunsEveryBranchOnceInBatchesAndJoins_WhenJoinIsAll()
    {
        host.Load("""
            id: ask
            version: 1
            title: Ask
            inputs:
              members: { type: list, required: true }
            steps:
              - id: askAll
                type: forEach
                with: { items: "inputs.members", as: member }
                do:
                  - id: send
                    type: recordEffect
                    with: { label: "ask {{ member }}" }
                  - id: thank
                    type: recordEffect
                    with: { label: "thank {{ item }}" }
              - id: report
                type: recordEffect
                with: { label: "done {{ steps.askAll.completed }} of {{ steps.askAll.count }}" }
            """);

        var id = await host.Runtime.StartAsync("ask", Members(120), null);
        var jobs = await host.RunUntilIdleAsync();

        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(id)).Summary.Status);
        Assert.Equal(241, await host.EffectsAsync());
        Assert.Equal(0, await host.DuplicatedEffectsAsync());
        Assert.Equal(1, await host.EffectsAsync("done 120 of 120"));
        Assert.Equal(1, await host.EffectsAsync("ask m77"));
        Assert.InRange(jobs, 3, 30); // batches of 50, never one job per member
    }

    [Fact]
    public async Task ForEach_CompletesAndCancelsTheRest_WhenQuorumReached()
    {
        host.Load("""
            id: quorum
            version: 1
            title: Quorum
            inputs:
              members: { type: list, required: true }
            steps:
              - id: vote
                type: forEach
                with: { items: "inputs.members", as: member, join: quorum, quorum: 2 }
                do:
                  - id: ballot
                    type: waitEvent
                    with: { event: vote.cast, key: "{{ member }}" }
                  - id: counted
                    type: recordEffect
                    with: { label: "vote {{ member }}" }
              - id: result
                type: recordEffect
                with: { label: "quorum {{ steps.vote.completed }}" }
            """);

        var id = await host.Runtime.StartAsync("quorum", Members(4), null);
        await host.RunUntilIdleAsync();
        Assert.Equal(InstanceStatus.Waiting, (await host.GetAsync(id)).Summary.Status);
        Assert.Equal(4, (await host.GetAsync(id)).Waits.Count);

        Assert.Equal(1, await host.Runtime.PublishEventAsync("vote.cast", "m2", new Dictionary<string, object?> { ["yes"] = true }));
        Assert.Equal(1, await host.Runtime.PublishEventAsync("vote.cast", "m4", null));
        await host.RunUntilIdleAsync();

        var instance = await host.GetAsync(id);
        Assert.Equal(InstanceStatus.Completed, instance.Summary.Status);
        Assert.Empty(instance.Waits);
        Assert.Equal(1, await host.EffectsAsync("quorum 2"));
        Assert.Equal(2, await host.ScalarAsync<long>("SELECT count(*) FROM workflow.branches WHERE status = 'cancelled'"));
        Assert.Equal(0, await host.Runtime.PublishEventAsync("vote.cast", "m1", null)); // its wait was cancelled: the event is only kept
    }

    [Fact]
    public async Task ForEach_JoinsOnFirst_WhenJoinIsAny()
    {
        host.Load("""
            id: any
            version: 1
            title: Any
            inputs:
              members: { type: list, required: true }
            steps:
              - id: first
                type: forEach
                with: { items: "inputs.members", join: any }
                do:
                  - id: reply
                    type: waitEvent
                    with: { event: reply, key: "{{ item }}" }
              - id: after
                type: recordEffect
                with: { label: "first of {{ steps.first.count }}" }
            """);

        var id = await host.Runtime.StartAsync("any", Members(3), null);
        await host.RunUntilIdleAsync();
        await host.Runtime.PublishEventAsync("reply", "m3", null);
        await host.RunUntilIdleAsync();

        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(id)).Summary.Status);
        Assert.Equal(1, await host.EffectsAsync("first of 3"));
    }

    [Fact]
    public async Task ForEach_JoinsWithTimedOut_WhenDeadlinePasses()
    {
        host.Load("""
            id: deadline
            version: 1
            title: Deadline
            inputs:
              members: { type: list, required: true }
              deadline: { type: datetime, required: true }
            steps:
              - id: collect
                type: forEach
                with: { items: "inputs.members", deadline: "{{ inputs.deadline }}" }
                do:
                  - id: answer
                    type: waitEvent
                    with: { event: answer, key: "{{ item }}" }
                  - id: got
                    type: recordEffect
                    with: { label: "answer {{ item }}" }
              - id: close
                type: recordEffect
                with: { label: "closed {{ steps.collect.completed }}/{{ steps.collect.count }} timedOut={{ steps.collect.timedOut }}" }
            """);
        var inputs = Members(3);
        inputs["deadline"] = WorkflowTestHost.Start.AddDays(14).ToString("O");

        var id = await host.Runtime.StartAsync("deadline", inputs, null);
        await host.RunUntilIdleAsync();
        await host.Runtime.PublishEventAsync("answer", "m1", null);
        await host.AdvanceAsync(TimeSpan.FromDays(13));
        Assert.Equal(InstanceStatus.Waiting, (await host.GetAsync(id)).Summary.Status);

        await host.AdvanceAsync(TimeSpan.FromDays(1));

        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(id)).Summary.Status);
        Assert.Equal(1, await host.EffectsAsync("closed 1/3 timedOut=true"));
        Assert.Equal(0, await host.ScalarAsync<long>("SELECT count(*) FROM workflow.bookmarks WHERE status = 'open'"));
    }

    [Fact]
    public async Task Parallel_RunsEveryNamedBranchAndJoinsOnAll_WhenBranchesWaitDifferently()
    {
        host.Load("""
            id: both
            version: 1
            title: Both
            steps:
              - id: together
                type: parallel
                branches:
                  remind:
                    - id: pause
                      type: delay
                      with: { duration: P2D }
                    - id: reminded
                      type: recordEffect
                      with: { label: remind }
                  review:
                    - id: approval
                      type: waitEvent
                      with: { event: review.done, key: all }
                    - id: reviewed
                      type: recordEffect
                      with: { label: review }
              - id: after
                type: recordEffect
                with: { label: after }
            """);

        var id = await host.Runtime.StartAsync("both", null, null);
        await host.RunUntilIdleAsync();
        await host.AdvanceAsync(TimeSpan.FromDays(3));
        Assert.Equal(0, await host.EffectsAsync("after"));

        await host.Runtime.PublishEventAsync("review.done", "all", null);
        await host.RunUntilIdleAsync();

        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(id)).Summary.Status);
        Assert.Equal(3, await host.EffectsAsync());
    }
}
