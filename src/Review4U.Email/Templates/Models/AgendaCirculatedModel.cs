namespace Review4U.Email.Templates.Models;

/// <summary>The settled agenda, sent to every participant before the meeting.</summary>
public sealed record AgendaCirculatedModel : EmailModel
{
    public required string MeetingTitle { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required string TimeZone { get; init; }
    public required string Location { get; init; }
    /// <summary>The items, one numbered line each (empty when no item was approved).</summary>
    public required string AgendaText { get; init; }
}
