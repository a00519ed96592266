namespace Review4U.Documents.Calendar;

/// <summary>
/// A meeting of a body (consultation, Steering Committee…). Times are instants; they are written in
/// the body's IANA <see cref="TimeZoneId"/> with a VTIMEZONE so calendars show the body's wall-clock time.
/// <see cref="Sequence"/> starts at 0 and the caller raises it by one for every change it re-sends.
/// </summary>
public sealed record Meeting(
    Guid MeetingId,
    string BodyCode,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZoneId,
    MeetingOrganizer Organizer,
    IReadOnlyList<MeetingAttendee> Attendees,
    int Sequence = 0,
    string? Description = null,
    string? Location = null,
    Uri? OnlineLink = null,
    bool IsCancelled = false);
