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
}
