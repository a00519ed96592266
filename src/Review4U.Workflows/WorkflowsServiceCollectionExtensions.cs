using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Review4U.Workflows.Binding;
using Review4U.Workflows.Catalog;
using Review4U.Workflows.Expressions;
using Review4U.Workflows.Loading;
using Review4U.Workflows.Registry;
using Review4U.Workflows.Steps;
using Review4U.Workflows.Validation;

namespace Review4U.Workflows;

/// <summary>Composition of the workflow definitions side: registry, expressions, loading and validation.</summary>
public static class WorkflowsServiceCollectionExtensions
{
    /// <summary>Adds the step registry and the Liquid evaluator (idempotent).</summary>
    public static IServiceCollection AddReview4UWorkflows(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<StepRegistry>();
        services.TryAddSingleton<IExpressionEvaluator, FluidExpressionEvaluator>();
        services.TryAddSingleton<StepParameterBinder>();
        services.TryAddSingleton<DefinitionValidator>();
        services.TryAddSingleton<WorkflowDefinitionLoader>();
        services.TryAddSingleton<WorkflowCatalogLoader>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>
    /// Registers a step type: its class (transient, resolved by the runtime per execution, dependencies by constructor)
    /// and its descriptor in the <see cref="StepRegistry"/>.
    /// </summary>
    public static IServiceCollection AddReview4UWorkflowStep<TStep>(this IServiceCollection services)
        where TStep : class, IStep
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddReview4UWorkflows();
        services.TryAddTransient<TStep>();
        services.AddSingleton(new StepRegistration(typeof(TStep)));
        return services;
    }
}
