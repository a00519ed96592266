namespace Review4U.Email.Templates.Models;

/// <summary>A reminder before the deadline; carries the one-click link muting this round's reminders.</summary>
public sealed record TaskReminderModel : EmailModel
{
    public required string OrganisationName { get; init; }
    public required string RoundTitle { get; init; }
    public required DateTimeOffset Deadline { get; init; }
    public required int DaysLeft { get; init; }
    public required Uri TaskUrl { get; init; }
    public required Uri UnsubscribeUrl { get; init; }
}
