using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Review4U.Email;
using Review4U.Meetings.Actions;
using Review4U.Meetings.Agenda;
using Review4U.Meetings.Bridge;
using Review4U.Meetings.Emails;
using Review4U.Meetings.Feed;
using Review4U.Meetings.Invitations;
using Review4U.Meetings.Minutes;
using Review4U.Meetings.Queries;
using Review4U.Meetings.Scheduling;
using Review4U.Meetings.Steps;
using Review4U.Workflows;

namespace Review4U.Meetings;

public static class MeetingsServiceCollectionExtensions
{
    /// <summary>
    /// The meetings module: its services, its step types, and the handler of replies to agenda calls. Needs the email
    /// module (<c>AddReview4UEmail</c>) and the workflow engine (<c>AddReview4UWorkflowEngine</c>, for <c>IWorkflowRuntime</c>).
    /// </summary>
    public static IServiceCollection AddReview4UMeetings(this IServiceCollection services, Action<MeetingsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<MeetingsOptions>().Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MeetingLinks>();
        services.TryAddSingleton<InvitationSender>();
        services.TryAddSingleton<MeetingPlanner>();
        services.TryAddSingleton<AgendaCall>();
        services.TryAddSingleton<AgendaProposals>();
        services.TryAddSingleton<AgendaBoard>();
        services.TryAddSingleton<AgendaPages>();
        services.TryAddSingleton<AgendaCirculation>();
        services.TryAddSingleton<MeetingRecords>();
        services.TryAddSingleton<SummarySender>();
        services.TryAddSingleton<ActionFollowUp>();
        services.TryAddSingleton<MeetingFeed>();
        services.TryAddSingleton<AgendaBridge>();
        services.TryAddSingleton<MeetingQueries>();
        services.AddReview4UReplyHandler<AgendaReplyHandler>(AgendaReplyHandler.Category);
        services.AddReview4UMeetingSteps();
        return services;
    }

    /// <summary>Only the meeting step types, for the engine's registry (what <c>workflows validate</c> and the schema need).</summary>
    public static IServiceCollection AddReview4UMeetingSteps(this IServiceCollection services)
    {
        services.AddReview4UWorkflowStep<OpenMeetingStep>();
        services.AddReview4UWorkflowStep<AwaitDateStep>();
        services.AddReview4UWorkflowStep<CollectAgendaStep>();
        services.AddReview4UWorkflowStep<SettleAgendaStep>();
        services.AddReview4UWorkflowStep<CirculateAgendaStep>();
        services.AddReview4UWorkflowStep<AwaitMinutesStep>();
        services.AddReview4UWorkflowStep<SendSummaryStep>();
        services.AddReview4UWorkflowStep<FollowUpActionsStep>();
        services.AddReview4UWorkflowStep<CloseMeetingStep>();
        return services;
    }
}
