using Review4U.TestKit.Workflows;
using Review4U.Workflows.Runtime;
using Review4U.Workflows.Tests.Runtime.Support;

namespace Review4U.Workflows.Tests.Runtime;

/// <summary>
/// Deadlines in running workflows: a timer computed with add_days, and conditions comparing now with a datetime input
/// and a variable, both read back from the database as ISO text.
/// </summary>
public sealed class DateWorkflowTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Deadline = new(2030, 1, 20, 17, 0, 0, TimeSpan.Zero);
    private WorkflowTestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await RuntimeHost.StartAsync();
        host.Load("""
            id: deadline-reminder
            version: 1
            title: Deadline reminder
            inputs:
              deadline: { type: datetime, required: true }
            variables:
              reminderAt: "{{ inputs.deadline | add_days: -7 }}"
            steps:
              - id: early
                type: if
                with: { condition: "now >= inputs.deadline or now >= vars.reminderAt" }
                then:
                  - { id: tooLate, type: recordEffect, with: { label: too-late } }
                else:
                  - { id: inTime, type: recordEffect, with: { label: "in time, {{ inputs.deadline | days_until }} days left" } }
              - id: untilReminder
                type: delay
                with: { until: "{{ inputs.deadline | add_days: -7 }}" }
              - id: remind
                type: recordEffect
                with: { label: "remind, {{ inputs.deadline | days_until }} days left, due {{ inputs.deadline | add_hours: -1 | date: '%H:%M' }}" }
              - id: untilDeadline
                type: delay
                with: { until: "{{ inputs.deadline }}" }
              - id: closing
                type: if
                with: { condition: "now >= inputs.deadline and vars.reminderAt < now" }
                then:
                  - { id: closed, type: recordEffect, with: { label: closed } }
                else:
                  - { id: notClosed, type: recordEffect, with: { label: not-closed } }
            """);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Delay_WakesSevenDaysBeforeTheDeadline_WhenUntilIsComputedWithAddDays()
    {
        var id = await host.Runtime.StartAsync("deadline-reminder", new Dictionary<string, object?> { ["deadline"] = Deadline }, null);
        await host.RunUntilIdleAsync();

        var wait = Assert.Single((await host.GetAsync(id)).Waits);
        Assert.Equal(("untilReminder", new DateTimeOffset(2030, 1, 13, 17, 0, 0, TimeSpan.Zero)), (wait.StepId, wait.DueAt));
        Assert.Equal(1, await host.EffectsAsync("in time, 13 days left"));

        await host.RunUntilAsync(new DateTimeOffset(2030, 1, 13, 16, 59, 0, TimeSpan.Zero));
        Assert.Equal(0, await host.EffectsAsync("remind, 7 days left, due 16:00"));

        await host.RunUntilAsync(new DateTimeOffset(2030, 1, 13, 17, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await host.EffectsAsync("remind, 7 days left, due 16:00"));
        Assert.Equal(new DateTimeOffset(2030, 1, 13, 17, 0, 0, TimeSpan.Zero), host.Clock.GetUtcNow());

        await host.RunUntilAsync(Deadline);
        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(id)).Summary.Status);
        Assert.Equal(1, await host.EffectsAsync("closed"));
        Assert.Equal(0, await host.EffectsAsync("not-closed"));
    }

    [Fact]
    public async Task If_TakesTheLatePath_WhenNowIsPastADeadlineReadBackFromTheDatabase()
    {
        var id = await host.Runtime.StartAsync("deadline-reminder", new Dictionary<string, object?> { ["deadline"] = "2030-01-10T09:00:00+03:00" }, null);

        await host.RunUntilIdleAsync(); // 2030-01-07 08:00 UTC: the reminder time (3 January) has passed

        Assert.Equal(1, await host.EffectsAsync("too-late"));
        Assert.Equal(0, await host.EffectsAsync("in time, 3 days left"));
        Assert.Equal("2030-01-03T09:00:00.0000000+03:00", await host.ScalarAsync<string>("SELECT variables ->> 'reminderAt' FROM workflow.instances WHERE id = $1", id));
    }
}
