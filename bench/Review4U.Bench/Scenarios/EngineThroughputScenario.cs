using System.Diagnostics;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using Review4U.Bench.Running;
using Review4U.Bench.Support;
using Review4U.Bench.Support.Workers;
using Review4U.TestKit.Workflows;
using Review4U.Workflows;
using Review4U.Workflows.Hangfire.Hosting;

namespace Review4U.Bench.Scenarios;

/// <summary>
/// Scenario 1: no-op steps per second through the engine vs bare empty Hangfire jobs, on one fresh database with the
/// same storage settings, queue and worker count. Both queues are filled before the server starts, so each figure
/// is pure processing (enqueue cost is the rounds' business, scenario 4).
/// </summary>
public sealed class EngineThroughputScenario : IScenario
{
    public const int Workers = 8;
    private const int StepsPerInstance = NoopDefinition.StepsPerInstance;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public string Name => "engine";

    public string FigureLabel => "engine no-op steps";

    public string BaselineLabel => "bare Hangfire empty jobs";

    public string Unit => "/s";

    public bool HigherIsBetter => true;

    /// <summary>
    /// Steps per second do not depend on the number of members (per-member work is set-based, scenario 4), so the
    /// scenario runs once, at the smallest size, with 500 steps each way: enough to dwarf start-up (2.5 s at ~200 jobs/s
    /// on a quiet machine); 100 in a smoke run (a loaded machine runs ~20 jobs/s).
    /// </summary>
    public static int Steps(int size, bool smoke) => smoke ? 100 : 500;

    public bool SizeIndependent => true;

    public string Describe(int size, bool smoke) =>
        $"{Steps(size, smoke)} no-op steps ({Steps(size, smoke) / StepsPerInstance} instances × {StepsPerInstance} sequential steps; the engine runs a branch's immediately-completing steps in one job; size-independent, run at the smallest size only) vs {Steps(size, smoke)} "
        + $"empty Hangfire jobs; {Workers} workers, queue poll 200 ms, one fresh database per run. Target ≥ 0.8×.";

    public async Task<RunFigures> RunOnceAsync(int size, bool smoke, CancellationToken ct)
    {
        var steps = Steps(size, smoke);
        await using var host = await WorkflowTestHost.StartAsync(
            services => services.AddReview4UWorkflowStep<NoopStep>(),
            o => o.QueuePollInterval = TimeSpan.FromMilliseconds(200));
        var bare = await MeasureBareAsync(host, steps, () => Task.FromResult<IWorkerGroup>(new InProcessWorkers(host, Workers)));
        var engine = await MeasureEngineAsync(host, steps / StepsPerInstance, () => Task.FromResult<IWorkerGroup>(new InProcessWorkers(host, Workers)));
        return new RunFigures(steps / engine.TotalSeconds, steps / bare.TotalSeconds);
    }

    /// <summary>Bare empty jobs, all enqueued before <paramref name="workers"/> are set working; timed until all succeeded.</summary>
    public static async Task<TimeSpan> MeasureBareAsync(WorkflowTestHost host, int count, Func<Task<IWorkerGroup>> workers)
    {
        var client = host.Services.GetRequiredService<IBackgroundJobClient>();
        var method = typeof(EmptyJob).GetMethod(nameof(EmptyJob.Run))!;
        for (var i = 0; i < count; i++)
        {
            client.Create(new Job(typeof(EmptyJob), method, [], host.Options.Queue), new EnqueuedState(host.Options.Queue));
        }

        await using (var group = await workers())
        {
            var watch = Stopwatch.StartNew();
            group.Go();
            await Poll.UntilAsync(() => host.ScalarAsync<long>("SELECT count(*) FROM hangfire.job WHERE statename = 'Succeeded'"), count, Timeout, "bare Hangfire jobs");
            return watch.Elapsed;
        }
    }

    /// <summary>Engine instances of the no-op workflow, all started before <paramref name="workers"/> are set working; timed until all completed.</summary>
    public static async Task<TimeSpan> MeasureEngineAsync(WorkflowTestHost host, int instances, Func<Task<IWorkerGroup>> workers)
    {
        host.Load(NoopDefinition.Yaml);
        for (var i = 0; i < instances; i++)
        {
            await host.Runtime.StartAsync(NoopDefinition.Id, null, null);
        }

        TimeSpan elapsed;
        await using (var group = await workers())
        {
            var watch = Stopwatch.StartNew();
            group.Go();
            await Poll.UntilAsync(() => host.ScalarAsync<long>("SELECT count(*) FROM workflow.instances WHERE definition_id = 'noops' AND status = 'completed'"), instances, Timeout, "engine instances");
            elapsed = watch.Elapsed;
        }

        var completed = await host.ScalarAsync<long>("SELECT count(*) FROM workflow.step_executions WHERE status = 'completed' AND step_id LIKE 's%'");
        if (completed != instances * StepsPerInstance)
        {
            throw new InvalidOperationException($"engine: {completed} completed steps, expected {instances * StepsPerInstance}.");
        }

        return elapsed;
    }
}
