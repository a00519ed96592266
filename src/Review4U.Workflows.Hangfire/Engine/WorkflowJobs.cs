namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>
/// The Hangfire jobs of the engine. Each is idempotent: Hangfire delivers at least once, the database decides
/// whether there is anything left to do.
/// </summary>
public sealed class WorkflowJobs
{
    private readonly InstanceAdvancer advancer;
    private readonly TimerFirer timers;
    private readonly Sweeper sweeper;
    private readonly CronTriggers triggers;

    internal WorkflowJobs(InstanceAdvancer advancer, TimerFirer timers, Sweeper sweeper, CronTriggers triggers)
    {
        this.advancer = advancer;
        this.timers = timers;
        this.sweeper = sweeper;
        this.triggers = triggers;
    }

    /// <summary>Advances one batch of the instance's ready branches (one step each).</summary>
    public Task AdvanceAsync(Guid instanceId) => advancer.AdvanceAsync(instanceId, CancellationToken.None);

    /// <summary>Fires a timer bookmark if it is still open and due.</summary>
    public Task FireTimerAsync(Guid bookmarkId) => timers.FireAsync(bookmarkId, CancellationToken.None);

    /// <summary>Re-dispatches stalled work (see <see cref="Sweeper"/>).</summary>
    public Task SweepAsync() => sweeper.SweepAsync(CancellationToken.None);

    /// <summary>Starts the instances of cron-trigger occurrences that are due (exactly once across servers).</summary>
    public Task StartDueTriggersAsync() => triggers.StartDueAsync(CancellationToken.None);
}
