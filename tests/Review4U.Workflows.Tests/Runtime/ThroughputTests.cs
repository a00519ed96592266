using System.Diagnostics;
using System.Globalization;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using Review4U.TestKit.Workflows;
using Review4U.Workflows.Hangfire.Hosting;
using Review4U.Workflows.Tests.Runtime.Support;
using Xunit.Abstractions;

namespace Review4U.Workflows.Tests.Runtime;

/// <summary>
/// A small throughput measurement for issue 3's closing note (the real benchmark is issue 6): no-op steps through the
/// engine against bare empty Hangfire jobs, same database, storage settings and worker count. Size with
/// REVIEW4U_MEASURE_JOBS (default 100 jobs each way); rates go to the test output.
/// </summary>
public sealed class ThroughputTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Workers = 8;
    private const int StepsPerInstance = 5;
    private WorkflowTestHost host = null!;

    private static int Jobs => int.TryParse(Environment.GetEnvironmentVariable("REVIEW4U_MEASURE_JOBS"), CultureInfo.InvariantCulture, out var n) ? n : 100;

    public async Task InitializeAsync() => host = await RuntimeHost.StartAsync(o => o.QueuePollInterval = TimeSpan.FromMilliseconds(200));

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Engine_RunsEveryNoOpStep_WhenMeasuredBesideBareHangfire()
    {
        var bare = await MeasureBareHangfireAsync(Jobs);
        var engine = await MeasureEngineAsync(Jobs / StepsPerInstance);
        var fanOut = await MeasureFanOutAsync(Jobs * 4);

        output.WriteLine($"bare Hangfire: {Jobs} empty jobs in {bare.TotalSeconds:F2} s = {Jobs / bare.TotalSeconds:F0} jobs/s ({Workers} workers)");
        output.WriteLine($"engine: {Jobs / StepsPerInstance * StepsPerInstance} no-op steps (1 job each) in {engine.TotalSeconds:F2} s = {Jobs / engine.TotalSeconds:F0} steps/s");
        output.WriteLine($"engine fan-out: {Jobs * 4} no-op branch steps in {fanOut.TotalSeconds:F2} s = {Jobs * 4 / fanOut.TotalSeconds:F0} steps/s (batches of {host.Options.BatchSize})");
    }

    private async Task<TimeSpan> MeasureBareHangfireAsync(int count)
    {
        var client = host.Services.GetRequiredService<IBackgroundJobClient>();
        for (var i = 0; i < count; i++)
        {
            client.Create(new Job(typeof(EmptyJob), typeof(EmptyJob).GetMethod(nameof(EmptyJob.Run))!, [], host.Options.Queue), new EnqueuedState(host.Options.Queue));
        }

        var watch = Stopwatch.StartNew();
        using (StartServer())
        {
            await WaitUntilAsync(() => host.ScalarAsync<long>("SELECT count(*) FROM hangfire.job WHERE statename = 'Succeeded'"), count);
        }

        return watch.Elapsed;
    }

    private async Task<TimeSpan> MeasureEngineAsync(int instances)
    {
        host.Load($$"""
            id: noops
            version: 1
            title: No-ops
            steps:
            {{string.Join("\n", Enumerable.Range(1, StepsPerInstance).Select(i => $"  - {{ id: s{i}, type: noop }}"))}}
            """);
        for (var i = 0; i < instances; i++)
        {
            await host.Runtime.StartAsync("noops", null, null);
        }

        var watch = Stopwatch.StartNew();
        using (StartServer())
        {
            await WaitUntilAsync(() => host.ScalarAsync<long>("SELECT count(*) FROM workflow.instances WHERE definition_id = 'noops' AND status = 'completed'"), instances);
        }

        Assert.Equal(instances * StepsPerInstance, await host.ScalarAsync<long>("SELECT count(*) FROM workflow.step_executions WHERE status = 'completed' AND step_id LIKE 's%'"));
        return watch.Elapsed;
    }

    private async Task<TimeSpan> MeasureFanOutAsync(int branches)
    {
        host.Load("""
            id: wide
            version: 1
            title: Wide
            inputs:
              items: { type: list, required: true }
            steps:
              - id: each
                type: forEach
                with: { items: "inputs.items" }
                do:
                  - { id: work, type: noop }
            """);
        var id = await host.Runtime.StartAsync("wide", new Dictionary<string, object?> { ["items"] = Enumerable.Range(0, branches).Select(i => (object?)i).ToList() }, null);
        var watch = Stopwatch.StartNew();
        using (StartServer())
        {
            await WaitUntilAsync(async () => (await host.GetAsync(id)).Summary.Status == "completed" ? 1L : 0L, 1);
        }

        Assert.Equal(branches, await host.ScalarAsync<long>("SELECT count(*) FROM workflow.step_executions WHERE step_id = 'work' AND status = 'completed'"));
        return watch.Elapsed;
    }

    private BackgroundJobServer StartServer() =>
        WorkflowServers.Start(host.Storage, host.Services.GetRequiredService<IServiceScopeFactory>(), host.Options, Workers);

    private static async Task WaitUntilAsync(Func<Task<long>> probe, long target)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (await probe() < target)
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(20);
        }
    }
}
