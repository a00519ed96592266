using System.Globalization;
using Review4U.Bench.Running;
using Review4U.Bench.Support;
using Review4U.Bench.Support.Workers;
using Review4U.TestKit.Workflows;
using Review4U.Workflows;

namespace Review4U.Bench.Scenarios;

/// <summary>
/// Scenario 6: scenario "engine" with the Hangfire servers in <see cref="processes"/> separate worker processes (this
/// bench started again in <c>--worker</c> mode, 8 workers each) on one database. The parent fills the queue (starts the
/// instances, or enqueues the bare jobs), waits until every process is composed and ready, sets them working together
/// and measures until all are done. Bare Hangfire with the same process count is the baseline. One instance of this
/// scenario per process count, so the table shows the curve.
/// </summary>
public sealed class ScaleOutScenario(int processes) : IScenario
{
    public string Name => "scaleout";

    public string FigureLabel => string.Create(CultureInfo.InvariantCulture, $"engine no-op steps, {processes} worker process{(processes == 1 ? "" : "es")}");

    public string BaselineLabel => string.Create(CultureInfo.InvariantCulture, $"bare Hangfire empty jobs, {processes} process{(processes == 1 ? "" : "es")}");

    public string Unit => "/s";

    public bool HigherIsBetter => true;

    public bool SizeIndependent => true;

    /// <summary>A smoke run checks 1 and 2 processes; the full run adds 3.</summary>
    public bool RunsInSmoke => processes <= 2;

    public string Describe(int size, bool smoke) =>
        $"{EngineThroughputScenario.Steps(size, smoke)} no-op steps ({NoopDefinition.StepsPerInstance}-step instances) vs as many empty Hangfire jobs, "
        + $"with 1, 2 or 3 worker processes (the bench started again with `--worker`, {EngineThroughputScenario.Workers} Hangfire workers each, queue poll 200 ms) on one fresh database; "
        + "timed from the moment the ready processes are told to start until all are done (process start-up and composition excluded). "
        + "On 2 cores every extra process competes with PostgreSQL for the same CPU: the curve shows contention, not cores. Size-independent.";

    public async Task<RunFigures> RunOnceAsync(int size, bool smoke, CancellationToken ct)
    {
        var steps = EngineThroughputScenario.Steps(size, smoke);
        await using var host = await WorkflowTestHost.StartAsync(
            services => services.AddReview4UWorkflowStep<NoopStep>(),
            o => o.QueuePollInterval = TimeSpan.FromMilliseconds(200));
        Func<Task<IWorkerGroup>> workers = async () => await WorkerProcesses.StartAsync(processes, host.ConnectionString, EngineThroughputScenario.Workers, ct);
        var bare = await EngineThroughputScenario.MeasureBareAsync(host, steps, workers);
        var engine = await EngineThroughputScenario.MeasureEngineAsync(host, steps / NoopDefinition.StepsPerInstance, workers);
        return new RunFigures(steps / engine.TotalSeconds, steps / bare.TotalSeconds, new Dictionary<string, double> { ["processes"] = processes });
    }
}
