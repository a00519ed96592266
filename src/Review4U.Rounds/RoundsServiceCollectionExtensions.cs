using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Review4U.Email;
using Review4U.Email.Hosting;
using Review4U.Email.Inbound;
using Review4U.Rounds.Answers;
using Review4U.Rounds.Compilation;
using Review4U.Rounds.Coordination;
using Review4U.Rounds.Delivery;
using Review4U.Rounds.Emails;
using Review4U.Rounds.Launch;
using Review4U.Rounds.Questionnaires;
using Review4U.Rounds.Review;
using Review4U.Rounds.Steps;
using Review4U.Rounds.Tasks;
using Review4U.Workflows;

namespace Review4U.Rounds;

public static class RoundsServiceCollectionExtensions
{
    /// <summary>
    /// The rounds module: its services and its step types in the engine's registry. Needs the email module
    /// (<c>AddReview4UEmail</c>) and the workflow engine (<c>AddReview4UWorkflowEngine</c>, for <c>IWorkflowRuntime</c>).
    /// </summary>
    public static IServiceCollection AddReview4URounds(this IServiceCollection services, Action<RoundsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<RoundsOptions>().Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IQuestionnaireCatalog, FolderQuestionnaireCatalog>();
        services.AddHostedService<ResolveOnStart<IQuestionnaireCatalog>>(); // fail fast on a broken questionnaire, not in the first launch
        services.TryAddSingleton<RoundLinks>();
        services.TryAddSingleton<TaskFanOut>();
        services.TryAddSingleton<ReminderSender>();
        services.TryAddSingleton<Escalator>();
        services.TryAddSingleton<SubmissionCompiler>();
        services.TryAddSingleton<SubmissionDelivery>();
        services.TryAddSingleton<ReviewBoard>();
        services.TryAddSingleton<ReviewRequests>();
        services.TryAddSingleton<ReviewerActions>();
        services.TryAddSingleton<TaskAnswers>();
        services.TryAddSingleton<RoundCoordinator>();
        services.TryAddSingleton<RoundLauncher>();
        services.TryAddSingleton<Progress.RoundProgressQuery>();
        // Replaces the email module's default (recording only) whichever of the two Add calls comes first.
        services.Replace(ServiceDescriptor.Singleton<IReplyHandler, TaskReplyHandler>());
        services.AddReview4UReplyHandler<ReviewReplyHandler>(RoundEmailCategories.ReviewRequest);
        services.AddReview4URoundSteps();
        return services;
    }

    /// <summary>
    /// Only the round's step types, for the engine's registry: what <c>review4u workflows validate</c> and the
    /// schema need to know about them without the services that run them.
    /// </summary>
    public static IServiceCollection AddReview4URoundSteps(this IServiceCollection services)
    {
        services.AddReview4UWorkflowStep<CreateRoundTasksStep>();
        services.AddReview4UWorkflowStep<SendRoundRemindersStep>();
        services.AddReview4UWorkflowStep<CollectAnswersStep>();
        services.AddReview4UWorkflowStep<EscalateRoundStep>();
        services.AddReview4UWorkflowStep<OpenRoundReviewStep>();
        services.AddReview4UWorkflowStep<AwaitRoundReviewStep>();
        services.AddReview4UWorkflowStep<CompileRoundStep>();
        services.AddReview4UWorkflowStep<DeliverRoundStep>();
        services.AddReview4UWorkflowStep<AwaitAcknowledgementStep>();
        services.AddReview4UWorkflowStep<CloseRoundStep>();
        return services;
    }
}
