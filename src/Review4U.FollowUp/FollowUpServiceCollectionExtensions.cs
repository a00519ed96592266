using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Review4U.Documents.Calendar;
using Review4U.Email;
using Review4U.FollowUp.Emails;
using Review4U.FollowUp.Import;
using Review4U.FollowUp.Plans;
using Review4U.FollowUp.Reports;
using Review4U.FollowUp.Status;
using Review4U.FollowUp.Steps;
using Review4U.Workflows;

namespace Review4U.FollowUp;

public static class FollowUpServiceCollectionExtensions
{
    /// <summary>
    /// VPI follow-up and the annual activity plan: services, step types and the reply handler of status requests.
    /// Needs the email module (<c>AddReview4UEmail</c>) and the workflow engine (for <c>IWorkflowRuntime</c>).
    /// </summary>
    public static IServiceCollection AddReview4UFollowUp(this IServiceCollection services, Action<FollowUpOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<FollowUpOptions>().Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MeetingCalendar>();
        services.TryAddSingleton<FollowUpLinks>();
        services.TryAddSingleton<CommitmentImporter>();
        services.TryAddSingleton<StatusRounds>();
        services.TryAddSingleton<StatusAnswers>();
        services.TryAddSingleton<ProgressReports>();
        services.TryAddSingleton<PlanDrafting>();
        services.TryAddSingleton<PlanReviews>();
        services.TryAddSingleton<PlanCalendar>();
        services.TryAddSingleton<PlanScheduling>();
        services.TryAddSingleton<FollowUpQueries>();
        services.AddReview4UReplyHandler<StatusReplyHandler>(FollowUpCategories.StatusRequest, FollowUpCategories.StatusReminder);
        services.AddReview4UFollowUpSteps();
        return services;
    }

    /// <summary>Only the step types, for the engine's registry (what <c>review4u workflows validate</c> needs).</summary>
    public static IServiceCollection AddReview4UFollowUpSteps(this IServiceCollection services)
    {
        services.AddReview4UWorkflowStep<OpenStatusRoundStep>();
        services.AddReview4UWorkflowStep<CollectStatusStep>();
        services.AddReview4UWorkflowStep<EscalateStatusStep>();
        services.AddReview4UWorkflowStep<QuarterlyReportStep>();
        services.AddReview4UWorkflowStep<CloseStatusRoundStep>();
        services.AddReview4UWorkflowStep<OpenPlanReviewStep>();
        services.AddReview4UWorkflowStep<AwaitPlanReviewStep>();
        services.AddReview4UWorkflowStep<SchedulePlanStep>();
        services.AddReview4UWorkflowStep<ReturnPlanStep>();
        services.AddReview4UWorkflowStep<RemindActivitiesStep>();
        return services;
    }
}
