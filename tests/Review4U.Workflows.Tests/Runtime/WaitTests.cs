using Microsoft.Extensions.DependencyInjection;
using Review4U.TestKit.Workflows;
using Review4U.Workflows.Hangfire.Engine;
using Review4U.Workflows.Runtime;
using Review4U.Workflows.Tests.Runtime.Support;

namespace Review4U.Workflows.Tests.Runtime;

/// <summary>Durable waits: events (before or after the wait, with timeout), timers (duplicated, early) and long runs on the fake clock.</summary>
public sealed class WaitTests : IAsyncLifetime
{
    private WorkflowTestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await RuntimeHost.StartAsync();
        host.Load("""
            id: answer
            version: 1
            title: Answer
            inputs:
              member: { type: string, required: true }
            steps:
              - id: answered
                type: waitEvent
                with: { event: answer.submitted, key: "{{ inputs.member }}", timeout: P14D }
              - id: check
                type: if
                with: { condition: "steps.answered.timedOut" }
                then:
                  - id: late
                    type: recordEffect
                    with: { label: "{{ inputs.member }} timed out" }
                else:
                  - id: record
                    type: recordEffect
                    with: { label: "{{ inputs.member }} text={{ steps.answered.payload.text }}" }
            """);
        host.Load("""
            id: pause
            version: 1
            title: Pause
            steps:
              - id: wait
                type: delay
                with: { duration: P7D }
              - id: after
                type: recordEffect
                with: { label: after-delay }
            """);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private static Dictionary<string, object?> Member(string id) => new() { ["member"] = id };

    [Fact]
    public async Task PublishEventAsync_ResumesWaitWithPayload_WhenWaitIsOpen()
    {
        var id = await host.Runtime.StartAsync("answer", Member("ngo-1"), null);
        await host.RunUntilIdleAsync();
        var waiting = await host.GetAsync(id);
        Assert.Equal(InstanceStatus.Waiting, waiting.Summary.Status);
        var wait = Assert.Single(waiting.Waits);
        Assert.Equal(("event", "answer.submitted", "ngo-1"), (wait.Kind, wait.EventName, wait.EventKey));

        var resumed = await host.Runtime.PublishEventAsync("answer.submitted", "ngo-1", new Dictionary<string, object?> { ["text"] = "yes" });
        await host.RunUntilIdleAsync();

        Assert.Equal(1, resumed);
        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(id)).Summary.Status);
        Assert.Equal(1, await host.EffectsAsync("ngo-1 text=yes"));
    }

    [Fact]
    public async Task PublishEventAsync_KeepsEventForTheWait_WhenEventArrivesFirst()
    {
        var kept = await host.Runtime.PublishEventAsync("answer.submitted", "ngo-2", new Dictionary<string, object?> { ["text"] = "early" });
        var id = await host.Runtime.StartAsync("answer", Member("ngo-2"), null);
        await host.RunUntilIdleAsync();

        Assert.Equal(0, kept);
        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(id)).Summary.Status);
        Assert.Equal(1, await host.EffectsAsync("ngo-2 text=early"));
        Assert.Equal(0, await host.ScalarAsync<long>("SELECT count(*) FROM workflow.pending_events WHERE consumed_by_bookmark_id IS NULL"));
    }

    [Fact]
    public async Task WaitEvent_CompletesWithTimedOut_WhenTimeoutElapses()
    {
        var id = await host.Runtime.StartAsync("answer", Member("ngo-3"), null);
        await host.RunUntilIdleAsync();
        await host.AdvanceAsync(TimeSpan.FromDays(13));
        Assert.Equal(InstanceStatus.Waiting, (await host.GetAsync(id)).Summary.Status);

        await host.AdvanceAsync(TimeSpan.FromDays(1));

        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(id)).Summary.Status);
        Assert.Equal(1, await host.EffectsAsync("ngo-3 timed out"));
        Assert.Equal(0, await host.Runtime.PublishEventAsync("answer.submitted", "ngo-3", null)); // too late: kept, resumes nothing
    }

    [Fact]
    public async Task FireTimerAsync_RunsTheStepOnce_WhenTimerJobFiresTwice()
    {
        var id = await host.Runtime.StartAsync("pause", null, null);
        await host.RunUntilIdleAsync();
        var bookmark = Assert.Single((await host.GetAsync(id)).Waits).BookmarkId;
        host.Clock.Advance(TimeSpan.FromDays(7));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var jobs = scope.ServiceProvider.GetRequiredService<WorkflowJobs>();
            await jobs.FireTimerAsync(bookmark);
            await jobs.FireTimerAsync(bookmark); // Hangfire delivers at least once: a duplicate
        }

        await host.RunUntilIdleAsync(); // and the scheduled job itself fires too: a third delivery

        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(id)).Summary.Status);
        Assert.Equal(1, await host.EffectsAsync("after-delay"));
        Assert.Single((await host.GetAsync(id)).Journal, e => e.Kind == "resume");
    }

    [Fact]
    public async Task FireTimerAsync_DoesNothing_WhenFiredBeforeDue()
    {
        var id = await host.Runtime.StartAsync("pause", null, null);
        await host.RunUntilIdleAsync();
        var bookmark = Assert.Single((await host.GetAsync(id)).Waits).BookmarkId;
        host.Clock.Advance(TimeSpan.FromDays(6));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<WorkflowJobs>().FireTimerAsync(bookmark);
        }

        await host.RunUntilIdleAsync();
        Assert.Equal(InstanceStatus.Waiting, (await host.GetAsync(id)).Summary.Status);
        await host.AdvanceAsync(TimeSpan.FromDays(1));
        Assert.Equal(1, await host.EffectsAsync("after-delay"));
    }

    [Fact]
    public async Task RunUntilAsync_CompletesAThreeMonthRoundInSeconds_WhenClockIsFake()
    {
        host.Load("""
            id: quarter
            version: 1
            title: Quarter
            inputs:
              members: { type: list, required: true }
              deadline: { type: datetime, required: true }
            variables:
              reminders: 0
            steps:
              - id: ask
                type: forEach
                with: { items: "inputs.members", as: member, deadline: "{{ inputs.deadline }}" }
                do:
                  - id: invite
                    type: recordEffect
                    with: { label: "invite {{ member }}" }
                  - id: answer
                    type: waitEvent
                    with: { event: answer.submitted, key: "{{ member }}", timeout: P30D }
                  - id: remind
                    type: if
                    with: { condition: "steps.answer.timedOut" }
                    then:
                      - id: reminder
                        type: recordEffect
                        with: { label: "remind {{ member }}" }
                      - id: last
                        type: waitEvent
                        with: { event: answer.submitted, key: "{{ member }}", timeout: P30D }
              - id: cooldown
                type: delay
                with: { until: "{{ inputs.deadline }}" }
              - id: compile
                type: recordEffect
                with: { label: "compiled {{ steps.ask.completed }}" }
            """);
        var started = host.Clock.GetUtcNow();
        var inputs = new Dictionary<string, object?>
        {
            ["members"] = new List<object?> { "a", "b", "c" },
            ["deadline"] = started.AddDays(90).ToString("O"),
        };
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var id = await host.Runtime.StartAsync("quarter", inputs, null);
        await host.RunUntilIdleAsync();
        await host.Runtime.PublishEventAsync("answer.submitted", "a", null);
        await host.RunUntilAsync(started.AddDays(120));

        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(id)).Summary.Status);
        Assert.Equal(1, await host.EffectsAsync("compiled 3"));
        Assert.Equal(2, await host.ScalarAsync<long>("SELECT count(*) FROM public.effects WHERE label LIKE 'remind %'"));
        Assert.True(host.Clock.GetUtcNow() >= started.AddDays(90));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }
}
