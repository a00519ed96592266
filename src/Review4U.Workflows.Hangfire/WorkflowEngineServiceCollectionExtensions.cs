using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Review4U.Workflows.Hangfire.Engine;
using Review4U.Workflows.Hangfire.Hosting;
using Review4U.Workflows.Runtime;

namespace Review4U.Workflows.Hangfire;

/// <summary>Composition of the engine: runtime, Hangfire storage and client, jobs, and optionally a server.</summary>
public static class WorkflowEngineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the durable runtime on PostgreSQL + Hangfire (and the definitions side, <c>AddReview4UWorkflows</c>).
    /// Set <see cref="WorkflowEngineOptions.WorkerCount"/> above 0 to run a Hangfire server in this process.
    /// </summary>
    public static IServiceCollection AddReview4UWorkflowEngine(this IServiceCollection services, Action<WorkflowEngineOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddReview4UWorkflows();
        var options = new WorkflowEngineOptions();
        configure(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new ArgumentException("WorkflowEngineOptions.ConnectionString is required.", nameof(configure));
        }

        services.AddSingleton(options);
        services.AddKeyedSingleton(EngineDataSource.Key, (_, _) => NpgsqlDataSource.Create(options.ConnectionString));
        services.TryAddSingleton<JobStorage>(_ => WorkflowJobStorage.Create(options));
        services.TryAddSingleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>()));
        services.TryAddSingleton<LoadedDefinitions>();
        services.TryAddSingleton<Forks>();
        services.TryAddSingleton<InstanceStarter>();
        services.TryAddSingleton<JobDispatcher>();
        services.TryAddScoped(sp => new StepRunner(
            sp.GetRequiredService<Registry.StepRegistry>(), sp.GetRequiredService<Binding.StepParameterBinder>(), sp.GetRequiredService<Forks>(),
            sp.GetRequiredService<InstanceStarter>(), sp.GetRequiredService<LoadedDefinitions>(), sp,
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<StepRunner>>()));
        services.TryAddScoped(sp => ActivatorUtilities.CreateInstance<InstanceAdvancer>(sp, EngineDataSource.Get(sp)));
        services.TryAddScoped(sp => ActivatorUtilities.CreateInstance<TimerFirer>(sp, EngineDataSource.Get(sp)));
        services.TryAddScoped(sp => ActivatorUtilities.CreateInstance<Sweeper>(sp, EngineDataSource.Get(sp)));
        services.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<EventPublisher>(sp, EngineDataSource.Get(sp)));
        services.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<ManualActions>(sp, EngineDataSource.Get(sp)));
        services.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<WorkflowRuntime>(sp, EngineDataSource.Get(sp)));
        services.TryAddSingleton<IWorkflowRuntime>(sp => sp.GetRequiredService<WorkflowRuntime>());
        services.TryAddSingleton<IWorkflowTriggerStarter>(sp => sp.GetRequiredService<WorkflowRuntime>());
        services.TryAddSingleton<IWorkflowInstanceQueries>(sp => new InstanceQueries(EngineDataSource.Get(sp)));
        services.TryAddScoped<CronTriggers>();
        services.TryAddScoped(sp => new WorkflowJobs(
            sp.GetRequiredService<InstanceAdvancer>(), sp.GetRequiredService<TimerFirer>(), sp.GetRequiredService<Sweeper>(), sp.GetRequiredService<CronTriggers>()));
        services.AddLogging();
        if (options.WorkerCount > 0)
        {
            services.AddHostedService<WorkflowServerHostedService>();
        }

        return services;
    }
}
