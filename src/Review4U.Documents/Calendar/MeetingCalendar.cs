using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using IcalCalendar = Ical.Net.Calendar;

namespace Review4U.Documents.Calendar;

/// <summary>
/// Builds iCalendar (RFC 5545 / iTIP RFC 5546) invitations, cancellations and a body's feed. DTSTAMP
/// comes from the injected clock, and nothing else varies, so the same meeting at the same instant
/// gives the same text.
/// </summary>
public sealed class MeetingCalendar(TimeProvider clock)
{
    public const string ProductId = "-//Review4U//Meetings 1.0//EN";

    /// <summary>The UID of a meeting: stable for its whole life, so updates and cancellations replace it.</summary>
    public static string Uid(Guid meetingId) => string.Create(CultureInfo.InvariantCulture, $"meeting-{meetingId:D}@review4u");

    /// <summary>METHOD:REQUEST with the meeting's current <see cref="Meeting.Sequence"/>.</summary>
    public string CreateInvitation(Meeting meeting)
    {
        MeetingChecks.ThrowIfInvalid(meeting);
        var calendar = NewCalendar("REQUEST", [meeting]);
        calendar.Events.Add(Event(meeting, meeting.Sequence, withAttendees: true, cancelled: false));
        return Serialize(calendar);
    }

    /// <summary>METHOD:CANCEL, same UID, SEQUENCE one above the last invitation's; the caller stores that new sequence.</summary>
    public string CreateCancellation(Meeting meeting)
    {
        MeetingChecks.ThrowIfInvalid(meeting);
        var calendar = NewCalendar("CANCEL", [meeting]);
        calendar.Events.Add(Event(meeting, meeting.Sequence + 1, withAttendees: true, cancelled: true));
        return Serialize(calendar);
    }

    /// <summary>METHOD:PUBLISH feed of a body's meetings, in start order, without attendees' addresses.</summary>
    public string CreateFeed(string calendarName, IReadOnlyList<Meeting> meetings)
    {
        ArgumentNullException.ThrowIfNull(calendarName);
        ArgumentNullException.ThrowIfNull(meetings);
        foreach (var meeting in meetings)
        {
            MeetingChecks.ThrowIfInvalid(meeting);
        }

        var calendar = NewCalendar("PUBLISH", meetings);
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        foreach (var meeting in meetings.OrderBy(m => m.StartsAt).ThenBy(m => m.MeetingId))
        {
            calendar.Events.Add(Event(meeting, meeting.Sequence, withAttendees: false, cancelled: meeting.IsCancelled));
        }

        return Serialize(calendar);
    }

    private static IcalCalendar NewCalendar(string method, IReadOnlyList<Meeting> meetings)
    {
        var calendar = new IcalCalendar { Method = method, ProductId = ProductId };
        foreach (var zone in meetings.GroupBy(m => m.TimeZoneId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // Rules from the year of the earliest meeting: enough for clients, and fixed by the input alone.
            var earliest = new DateTime(zone.Min(m => m.StartsAt).UtcDateTime.Year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
            calendar.TimeZones.Add(VTimeZone.FromDateTimeZone(zone.Key, earliest, includeHistoricalData: false));
        }

        return calendar;
    }

    private CalendarEvent Event(Meeting meeting, int sequence, bool withAttendees, bool cancelled)
    {
        var calendarEvent = new CalendarEvent
        {
            Uid = Uid(meeting.MeetingId),
            Sequence = sequence,
            Summary = meeting.Title,
            DtStamp = Stamp(),
            DtStart = Local(meeting.StartsAt, meeting.TimeZoneId),
            DtEnd = Local(meeting.EndsAt, meeting.TimeZoneId),
            Status = cancelled ? "CANCELLED" : "CONFIRMED",
            Transparency = "OPAQUE",
            Location = meeting.Location ?? meeting.OnlineLink?.AbsoluteUri,
            Url = meeting.OnlineLink,
            Description = Description(meeting),
        };
        if (withAttendees)
        {
            calendarEvent.Organizer = new Organizer("mailto:" + meeting.Organizer.Email) { CommonName = meeting.Organizer.Name };
            foreach (var attendee in meeting.Attendees.OrderBy(a => a.Role).ThenBy(a => a.Email, StringComparer.Ordinal))
            {
                calendarEvent.Attendees.Add(new Attendee("mailto:" + attendee.Email)
                {
                    CommonName = attendee.Name,
                    Role = Role(attendee.Role),
                    ParticipationStatus = "NEEDS-ACTION",
                    Rsvp = !cancelled && attendee.Role is MeetingRole.Required or MeetingRole.Optional,
                });
            }
        }

        return calendarEvent;
    }

    // iCalendar has whole seconds; truncating keeps the text equal to what a client parses back.
    private CalDateTime Stamp()
    {
        var ticks = clock.GetUtcNow().UtcTicks;
        return new CalDateTime(new DateTime(ticks - (ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc), hasTime: true);
    }

    private static CalDateTime Local(DateTimeOffset instant, string timeZoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[timeZoneId];
        var local = Instant.FromDateTimeOffset(instant).InZone(zone).LocalDateTime.ToDateTimeUnspecified();
        return new CalDateTime(local, timeZoneId, hasTime: true);
    }

    private static string? Description(Meeting meeting) =>
        meeting.OnlineLink is null
            ? meeting.Description
            : string.Join("\n\n", new[] { meeting.Description, "Online: " + meeting.OnlineLink.AbsoluteUri }.Where(part => !string.IsNullOrWhiteSpace(part)));

    private static string Role(MeetingRole role) => role switch
    {
        MeetingRole.Chair => "CHAIR",
        MeetingRole.Optional => "OPT-PARTICIPANT",
        MeetingRole.NonParticipant => "NON-PARTICIPANT",
        _ => "REQ-PARTICIPANT",
    };

    private static string Serialize(IcalCalendar calendar) => new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
}
