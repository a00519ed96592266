using Review4U.Email.Templates.Models;

namespace Review4U.Email.Templates;

/// <summary>The templates the product ships, each with the model it declares, and the languages every one must exist in.</summary>
public static class EmailTemplateCatalog
{
    public const string LayoutFolder = "_layout";

    public static IReadOnlyList<string> Languages { get; } = ["en", "fr", "es", "ar"];

    public static IReadOnlySet<string> RightToLeft { get; } = new HashSet<string>(StringComparer.Ordinal) { "ar" };

    public static IReadOnlyDictionary<string, Type> Models { get; } = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["task-invitation"] = typeof(TaskInvitationModel),
        ["task-reminder"] = typeof(TaskReminderModel),
        ["task-escalation"] = typeof(TaskEscalationModel),
        ["reply-acknowledgement"] = typeof(ReplyAcknowledgementModel),
        ["unknown-reply"] = typeof(UnknownReplyModel),
        ["bounce-alert"] = typeof(BounceAlertModel),
        ["magic-link-renewal"] = typeof(MagicLinkRenewalModel),
        ["submission-delivery"] = typeof(SubmissionDeliveryModel),
        ["review-request"] = typeof(ReviewRequestModel),
        ["secretariat-renewal-reminder"] = typeof(SecretariatRenewalReminderModel),
        ["secretariat-interest-call"] = typeof(SecretariatInterestCallModel),
        ["secretariat-interest-received"] = typeof(SecretariatInterestReceivedModel),
        ["secretariat-decision-request"] = typeof(SecretariatDecisionRequestModel),
        ["secretariat-decision-announced"] = typeof(SecretariatDecisionAnnouncedModel),
        ["secretariat-renewal-escalation"] = typeof(SecretariatRenewalEscalationModel),
        ["network-call-relay"] = typeof(NetworkCallRelayModel),
        ["meeting-invitation"] = typeof(MeetingInvitationModel),
        ["agenda-call"] = typeof(AgendaCallModel),
        ["agenda-review"] = typeof(AgendaReviewModel),
        ["agenda-circulated"] = typeof(AgendaCirculatedModel),
        ["action-item-reminder"] = typeof(ActionItemReminderModel),
        ["action-item-overdue"] = typeof(ActionItemOverdueModel),
        ["consultation-summary"] = typeof(ConsultationSummaryModel),
        ["vpi-status-request"] = typeof(VpiStatusRequestModel),
        ["vpi-status-reminder"] = typeof(VpiStatusReminderModel),
        ["vpi-escalation"] = typeof(VpiEscalationModel),
        ["vpi-progress-report"] = typeof(VpiProgressReportModel),
        ["plan-review-request"] = typeof(PlanReviewRequestModel),
        ["plan-approved"] = typeof(PlanApprovedModel),
        ["plan-returned"] = typeof(PlanReturnedModel),
        ["activity-reminder"] = typeof(ActivityReminderModel),
    };

    /// <summary>The template name a model type belongs to.</summary>
    public static string NameOf(Type modelType) =>
        Models.FirstOrDefault(p => p.Value == modelType).Key
        ?? throw new ArgumentException($"{modelType.Name} is not the model of any email template.", nameof(modelType));
}
