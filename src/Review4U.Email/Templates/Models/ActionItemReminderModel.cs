namespace Review4U.Email.Templates.Models;

/// <summary>Reminds an action item's owner before its due day.</summary>
public sealed record ActionItemReminderModel : EmailModel
{
    public required string MeetingTitle { get; init; }
    public required string ActionTitle { get; init; }
    /// <summary>The due day (midnight in the body's zone).</summary>
    public required DateTimeOffset DueOn { get; init; }
    public required int DaysLeft { get; init; }
}
