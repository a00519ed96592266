namespace Review4U.Email.Templates.Models;

/// <summary>Asks a participant for agenda items, by their personal link or by replying, until the cut-off.</summary>
public sealed record AgendaCallModel : EmailModel
{
    public required string MeetingTitle { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required string TimeZone { get; init; }
    public required DateTimeOffset Cutoff { get; init; }
    public required Uri ProposeUrl { get; init; }
}
