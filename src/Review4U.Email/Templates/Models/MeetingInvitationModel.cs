namespace Review4U.Email.Templates.Models;

/// <summary>A meeting's invitation, update or cancellation; the iCalendar file (REQUEST or CANCEL) is attached.</summary>
public sealed record MeetingInvitationModel : EmailModel
{
    public required string MeetingTitle { get; init; }
    /// <summary><c>new</c>, <c>updated</c> (rescheduled: a higher SEQUENCE) or <c>cancelled</c>.</summary>
    public required string Change { get; init; }
    /// <summary>Start and end in the body's own time zone (the offset is the zone's at that instant).</summary>
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset EndsAt { get; init; }
    /// <summary>The body's IANA zone, e.g. <c>Europe/Paris</c>.</summary>
    public required string TimeZone { get; init; }
    /// <summary>Empty when none was given.</summary>
    public required string Location { get; init; }
}
