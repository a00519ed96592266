namespace Review4U.Email.Outbox;

/// <summary>Categories of outbox rows; each matches the template of the same name.</summary>
public static class EmailCategories
{
    public const string TaskInvitation = "task-invitation";
    public const string TaskReminder = "task-reminder";
    public const string TaskEscalation = "task-escalation";
    public const string ReplyAcknowledgement = "reply-acknowledgement";
    public const string UnknownReply = "unknown-reply";
    public const string BounceAlert = "bounce-alert";
    public const string MagicLinkRenewal = "magic-link-renewal";
    public const string SubmissionDelivery = "submission-delivery";
}
