using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Review4U.Email;
using Review4U.Secretariat.Decisions;
using Review4U.Secretariat.Interests;
using Review4U.Secretariat.Relay;
using Review4U.Secretariat.Renewals;
using Review4U.Secretariat.Steps;
using Review4U.Workflows;

namespace Review4U.Secretariat;

public static class SecretariatServiceCollectionExtensions
{
    /// <summary>
    /// The secretariat module: renewal services and step types, the interest reply handler, the network relay. Needs
    /// the email module (<c>AddReview4UEmail</c>), the engine (<c>AddReview4UWorkflowEngine</c>) and, for the relay's
    /// launch, the rounds module (<c>AddReview4URounds</c>).
    /// </summary>
    public static IServiceCollection AddReview4USecretariat(this IServiceCollection services, Action<SecretariatOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SecretariatOptions>().Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RenewalLoader>();
        services.TryAddSingleton<RenewalMail>();
        services.TryAddSingleton<RenewalNotices>();
        services.TryAddSingleton<RenewalOpener>();
        services.TryAddSingleton<RenewalStarter>();
        services.TryAddSingleton<RenewalStatusQuery>();
        services.TryAddSingleton<DecisionRequest>();
        services.TryAddSingleton<DecisionApplier>();
        services.TryAddSingleton<Ballot>();
        services.TryAddSingleton<InterestDesk>();
        services.TryAddSingleton<NetworkRelay>();
        services.TryAddSingleton<RelayLauncher>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Workflows.Triggers.ITriggerBodyFacts, RenewalTriggerFacts>());
        services.AddReview4UReplyHandler<InterestReplyHandler>(InterestReplyHandler.Category);
        services.AddReview4USecretariatSteps();
        return services;
    }

    /// <summary>Only the renewal's step types, for the engine's registry (what <c>review4u workflows validate</c> needs).</summary>
    public static IServiceCollection AddReview4USecretariatSteps(this IServiceCollection services)
    {
        services.AddReview4UWorkflowStep<OpenRenewalStep>();
        services.AddReview4UWorkflowStep<CallForInterestStep>();
        services.AddReview4UWorkflowStep<AwaitInterestsStep>();
        services.AddReview4UWorkflowStep<RequestDecisionStep>();
        services.AddReview4UWorkflowStep<AwaitDecisionStep>();
        services.AddReview4UWorkflowStep<ApplyDecisionStep>();
        return services;
    }
}
