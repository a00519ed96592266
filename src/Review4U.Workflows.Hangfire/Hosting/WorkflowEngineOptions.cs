namespace Review4U.Workflows.Hangfire.Hosting;

/// <summary>Settings of the engine: database, Hangfire queue and server, batch sizes.</summary>
public sealed class WorkflowEngineOptions
{
    /// <summary>The PostgreSQL database holding schemas <c>workflow</c> and <c>hangfire</c>.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Hangfire queue the engine's jobs run on.</summary>
    public string Queue { get; set; } = "workflows";

    /// <summary>How many ready branches one job locks and advances in one transaction.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// How many steps in a row one job runs on each branch while they complete at once (no wait, fan-out, failure);
    /// each keeps its own savepoint and execution row. 1 runs one step per branch per job.
    /// </summary>
    public int MaxStepsPerBranch { get; set; } = 50;

    /// <summary>
    /// Ceiling on the steps one job runs in its transaction, so a batch of long immediate sequences does not hold it
    /// too long; the first step of every locked branch always runs, follow-on steps stop at this count.
    /// </summary>
    public int MaxStepsPerJob { get; set; } = 1000;

    /// <summary>How many batch jobs a fan-out starts at once; more servers then work side by side.</summary>
    public int MaxParallelBatches { get; set; } = 4;

    /// <summary>
    /// Pick-up latency of an idle queue. Hangfire's default (15 s) is too slow for interactive steps;
    /// long polling is left off (RECIPES.md: it cut throughput to a third here).
    /// </summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Workers of the in-process Hangfire server; 0 runs no server (web-only or CLI processes).</summary>
    public int WorkerCount { get; set; }

    /// <summary>How far back the cron-trigger job looks for occurrences it has not started yet (catch-up after a pause).</summary>
    public TimeSpan TriggerLookback { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A branch left ready this long without progress is re-dispatched by the sweeper (lost enqueue).</summary>
    public TimeSpan StalledAfter { get; set; } = TimeSpan.FromMinutes(1);
}
