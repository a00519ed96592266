using Microsoft.Extensions.Time.Testing;
using Review4U.Documents.Calendar;
using IcalCalendar = Ical.Net.Calendar;

namespace Review4U.Documents.Tests.Calendar;

public class MeetingCalendarTests
{
    private static readonly Guid MeetingId = Guid.Parse("5d1c7b8e-0000-4000-8000-000000000001");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero));

    // Vienna moves to summer time on Sunday 28 March 2027: 10:00 local is 09:00 UTC before, 08:00 UTC after.
    private static Meeting Consultation(DateTimeOffset startsAt, int sequence = 0) => new(
        MeetingId,
        "NACSA-AT",
        "Quarterly consultation with the government",
        startsAt,
        startsAt.AddHours(2),
        "Europe/Vienna",
        new MeetingOrganizer("secretariat@nacsa-at.example.org", "NACSA Austria secretariat"),
        [
            new MeetingAttendee("focal.point@gov.example.org", "Government focal point", MeetingRole.Required),
            new MeetingAttendee("chair@member.example.org", "Steering Committee chair", MeetingRole.Chair),
            new MeetingAttendee("observer@unodc.example.org", "UNODC observer", MeetingRole.Optional),
        ],
        sequence,
        "Agenda: review of the Cluster I submission.",
        "Vienna International Centre, Room C3",
        new Uri("https://meet.example.org/nacsa-at-q1"));

    [Fact]
    public void CreateInvitation_IsRequestInBodyTimeZone_BeforeAndAfterDaylightSavingChange()
    {
        var calendar = new MeetingCalendar(_clock);

        var before = IcalCalendar.Load(calendar.CreateInvitation(Consultation(new DateTimeOffset(2027, 3, 26, 9, 0, 0, TimeSpan.Zero))))!;
        var after = IcalCalendar.Load(calendar.CreateInvitation(Consultation(new DateTimeOffset(2027, 3, 29, 8, 0, 0, TimeSpan.Zero))))!;

        Assert.Equal("REQUEST", before.Method);
        var early = before.Events.Single();
        var late = after.Events.Single();
        Assert.Equal("Europe/Vienna", early.DtStart!.TzId);
        Assert.Equal(10, early.DtStart.Hour);
        Assert.Equal(10, late.DtStart!.Hour);
        Assert.Equal(new DateTime(2027, 3, 26, 9, 0, 0, DateTimeKind.Utc), early.DtStart.AsUtc);
        Assert.Equal(new DateTime(2027, 3, 29, 8, 0, 0, DateTimeKind.Utc), late.DtStart.AsUtc);
        Assert.Equal(new DateTime(2027, 3, 29, 10, 0, 0, DateTimeKind.Utc), late.DtEnd!.AsUtc);
        Assert.Equal("Europe/Vienna", Assert.Single(after.TimeZones).TzId);
    }

    [Fact]
    public void CreateInvitation_CarriesUidSequenceOrganiserAndRoles()
    {
        var text = new MeetingCalendar(_clock).CreateInvitation(Consultation(new DateTimeOffset(2027, 4, 5, 8, 0, 0, TimeSpan.Zero), sequence: 2));

        var parsed = IcalCalendar.Load(text)!.Events.Single();
        Assert.Equal("meeting-5d1c7b8e-0000-4000-8000-000000000001@review4u", parsed.Uid);
        Assert.Equal(2, parsed.Sequence);
        Assert.Equal(new DateTime(2027, 3, 1, 8, 0, 0, DateTimeKind.Utc), parsed.DtStamp!.AsUtc);
        Assert.Equal("mailto:secretariat@nacsa-at.example.org", parsed.Organizer!.Value!.ToString());
        Assert.Equal(
            [("mailto:chair@member.example.org", "CHAIR", false), ("mailto:focal.point@gov.example.org", "REQ-PARTICIPANT", true), ("mailto:observer@unodc.example.org", "OPT-PARTICIPANT", true)],
            parsed.Attendees.Select(a => (a.Value!.ToString(), a.Role!, a.Rsvp)));
        Assert.Equal("Vienna International Centre, Room C3", parsed.Location);
        Assert.Equal(new Uri("https://meet.example.org/nacsa-at-q1"), parsed.Url);
        Assert.Contains("Online: https://meet.example.org/nacsa-at-q1", parsed.Description, StringComparison.Ordinal);
        Assert.Contains("\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateInvitation_IsIdentical_WhenClockAndMeetingAreTheSame()
    {
        var calendar = new MeetingCalendar(_clock);
        var meeting = Consultation(new DateTimeOffset(2027, 4, 5, 8, 0, 0, TimeSpan.Zero));

        Assert.Equal(calendar.CreateInvitation(meeting), calendar.CreateInvitation(meeting));
    }

    [Fact]
    public void CreateCancellation_KeepsUidAndRaisesSequence()
    {
        var meeting = Consultation(new DateTimeOffset(2027, 4, 5, 8, 0, 0, TimeSpan.Zero), sequence: 1);
        var calendar = new MeetingCalendar(_clock);
        var invitation = IcalCalendar.Load(calendar.CreateInvitation(meeting))!.Events.Single();
        _clock.Advance(TimeSpan.FromDays(3));

        var cancellation = IcalCalendar.Load(calendar.CreateCancellation(meeting))!;

        Assert.Equal("CANCEL", cancellation.Method);
        var cancelled = cancellation.Events.Single();
        Assert.Equal(invitation.Uid, cancelled.Uid);
        Assert.Equal(2, cancelled.Sequence);
        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.Equal(new DateTime(2027, 3, 4, 8, 0, 0, DateTimeKind.Utc), cancelled.DtStamp!.AsUtc);
    }

    [Fact]
    public void CreateFeed_PublishesMeetingsInOrder_WithoutAttendees()
    {
        var first = Consultation(new DateTimeOffset(2027, 6, 7, 8, 0, 0, TimeSpan.Zero)) with { MeetingId = Guid.Parse("00000000-0000-4000-8000-000000000002"), Title = "Q2 consultation" };
        var second = Consultation(new DateTimeOffset(2027, 3, 29, 8, 0, 0, TimeSpan.Zero)) with { Title = "Q1 consultation" };
        var cancelled = Consultation(new DateTimeOffset(2027, 9, 6, 8, 0, 0, TimeSpan.Zero)) with { MeetingId = Guid.Parse("00000000-0000-4000-8000-000000000003"), Title = "Q3 consultation", IsCancelled = true, Sequence = 3 };

        var text = new MeetingCalendar(_clock).CreateFeed("NACSA Austria meetings", [first, cancelled, second]);

        var feed = IcalCalendar.Load(text)!;
        Assert.Equal("PUBLISH", feed.Method);
        Assert.Contains("X-WR-CALNAME:NACSA Austria meetings", text, StringComparison.Ordinal);
        Assert.Equal(["Q1 consultation", "Q2 consultation", "Q3 consultation"], feed.Events.Select(e => e.Summary!));
        Assert.Equal(["CONFIRMED", "CONFIRMED", "CANCELLED"], feed.Events.Select(e => e.Status!));
        Assert.All(feed.Events, e => Assert.Empty(e.Attendees));
        Assert.DoesNotContain("focal.point@gov.example.org", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateInvitation_Throws_WhenTimeZoneUnknownOrTimesReversed()
    {
        var meeting = Consultation(new DateTimeOffset(2027, 4, 5, 8, 0, 0, TimeSpan.Zero)) with { TimeZoneId = "Mars/Olympus", EndsAt = new DateTimeOffset(2027, 4, 5, 7, 0, 0, TimeSpan.Zero) };

        var error = Assert.Throws<ArgumentException>(() => new MeetingCalendar(_clock).CreateInvitation(meeting));

        Assert.Contains("time zone 'Mars/Olympus' is not an IANA time zone id", error.Message, StringComparison.Ordinal);
        Assert.Contains("the meeting must end after it starts", error.Message, StringComparison.Ordinal);
    }
}
