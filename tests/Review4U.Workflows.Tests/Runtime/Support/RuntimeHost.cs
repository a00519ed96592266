using Microsoft.Extensions.DependencyInjection;
using Review4U.TestKit.Workflows;
using Review4U.Workflows.Hangfire.Hosting;

namespace Review4U.Workflows.Tests.Runtime.Support;

/// <summary>A <see cref="WorkflowTestHost"/> with the test steps registered and the effects table created.</summary>
public static class RuntimeHost
{
    public static async Task<WorkflowTestHost> StartAsync(Action<WorkflowEngineOptions>? options = null, Action<IServiceCollection>? configure = null)
    {
        var host = await WorkflowTestHost.StartAsync(services =>
        {
            services.AddSingleton<AttemptCounter>();
            services.AddReview4UWorkflowStep<RecordEffectStep>();
            services.AddReview4UWorkflowStep<FlakyStep>();
            services.AddReview4UWorkflowStep<CrashAfterEffectStep>();
            services.AddReview4UWorkflowStep<NoopStep>();
            services.AddReview4UWorkflowStep<BulkEffectStep>();
            configure?.Invoke(services);
        }, options);
        await host.ExecuteAsync(RecordEffectStep.CreateTable);
        return host;
    }

    public static Task<long> EffectsAsync(this WorkflowTestHost host, string? label = null) =>
        label is null
            ? host.ScalarAsync<long>("SELECT count(*) FROM public.effects")
            : host.ScalarAsync<long>("SELECT count(*) FROM public.effects WHERE label = $1", label);

    /// <summary>How many execution keys have more than one effect row (must be 0).</summary>
    public static Task<long> DuplicatedEffectsAsync(this WorkflowTestHost host) =>
        host.ScalarAsync<long>("SELECT count(*) FROM (SELECT execution_key FROM public.effects GROUP BY execution_key HAVING count(*) > 1) d");

    /// <summary>Moves the clock hour by hour from <paramref name="from"/> to <paramref name="to"/>, running the cron trigger job at each.</summary>
    public static async Task RunTriggersHourlyAsync(this WorkflowTestHost host, DateTimeOffset from, DateTimeOffset to)
    {
        for (var at = from; at <= to; at = at.AddHours(1))
        {
            host.Clock.SetUtcNow(at);
            await host.StartDueTriggersAsync();
        }
    }

    /// <summary>The occurrences (UTC, ISO 8601) recorded for a trigger key (<c>workflow/trigger[/bodyCode]</c>), oldest first.</summary>
    public static async Task<List<string>> OccurrencesAsync(this WorkflowTestHost host, string triggerKey)
    {
        var text = await host.ScalarAsync<string>(
            "SELECT coalesce(string_agg(occurrence, ',' ORDER BY occurrence), '') FROM workflow.trigger_occurrences WHERE trigger_key = $1", triggerKey);
        return text.Length == 0 ? [] : [.. text.Split(',')];
    }
}
