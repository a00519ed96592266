using System.Text;
using Microsoft.EntityFrameworkCore;
using Review4U.Domain;
using Review4U.Email.Inbound;
using Review4U.Meetings.Agenda;
using Review4U.Meetings.Feed;
using Review4U.Meetings.Minutes;
using Review4U.Meetings.Model;
using Review4U.Meetings.Scheduling;
using Review4U.Meetings.Tests.Support;
using Review4U.TestKit.Smtp;
using Review4U.Workflows.Runtime;
using static Review4U.Meetings.Tests.Support.MeetingMails;
using IcalCalendar = Ical.Net.Calendar;

namespace Review4U.Meetings.Tests.Workflows;

/// <summary>
/// A year of quarterly consultations of NACSA-FR (Europe/Paris) on the shipped workflow, the engine, a fake clock, real
/// PostgreSQL and SMTP: invitations parsed back, a reschedule (SEQUENCE 1), a cancellation (METHOD:CANCEL), agenda by
/// link and by email reply, the Steering Committee's votes, minutes, the summary to the government, action-item
/// reminders on the right local dates on both sides of the daylight-saving changes, the feed, and nothing sent twice.
/// </summary>
public sealed class QuarterlyConsultationTests : IAsyncLifetime
{
    private const int Participants = 9; // 8 members' main contacts (SC among them) + the focal point
    private const int Members = 8;
    private static readonly CancellationToken None = CancellationToken.None;
    private MeetingsWorld world = null!;

    public async Task InitializeAsync() => world = await MeetingsWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task QuarterlyConsultation_RunsAYearWithRescheduleCancellationAgendaMinutesAndReminders_WhenDrivenByTheSecretariat()
    {
        var planner = world.Get<MeetingPlanner>();
        var q1 = await Q1Async(planner);
        var q2 = await Q2CancelledAsync(planner);
        var q3 = await WithoutItemsAsync(planner, "2027-Q3", new DateTimeOffset(2027, 7, 1, 7, 0, 0, TimeSpan.Zero), new DateTime(2027, 9, 14, 10, 0, 0), 8, []);
        var q4 = await WithoutItemsAsync(planner, "2027-Q4", new DateTimeOffset(2027, 10, 1, 7, 0, 0, TimeSpan.Zero), new DateTime(2027, 11, 9, 10, 0, 0), 9,
            [new ActionItemInput("Publish the consultation's summary", MeetingsWorld.Contact(7), new DateOnly(2027, 11, 20))]);

        // Q4's action item: 7 days before 20 November is 13 November, 09:00 in Paris = 08:00 UTC (winter time again).
        await ExpectNothingAsync(new DateTimeOffset(2027, 11, 13, 7, 59, 0, TimeSpan.Zero));
        await world.AdvanceToAsync(new DateTimeOffset(2027, 11, 13, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(MeetingsWorld.Contact(7), To(Assert.Single(await world.DeliverMailAsync())));

        await FeedShowsTheYearAsync(q1, q2, q3, q4);
        await NothingIsSentTwiceAsync([q1, q2, q3, q4]);
    }

    private async Task<Guid> Q1Async(MeetingPlanner planner)
    {
        var meetingId = await world.OpenAsync(MeetingKinds.Consultation, MeetingsWorld.Alliance, "2027-Q1");
        Assert.Equal(meetingId, await world.OpenAsync(MeetingKinds.Consultation, MeetingsWorld.Alliance, "2027-Q1"));
        Assert.Empty(await world.DeliverMailAsync());

        // The secretariat proposes 15 February, 10:00 in Paris: 9 invitations (REQUEST, SEQUENCE 0) and 8 agenda calls.
        await planner.ProposeDateAsync(meetingId, new MeetingDate(new DateTime(2027, 2, 15, 10, 0, 0), TimeSpan.FromHours(2), "Paris, Maison des associations"), None);
        await world.RunEngineAsync();
        var first = await world.DeliverMailAsync();
        var invitations = WithCalendar(first);
        Assert.Equal(Participants, invitations.Count);
        Assert.Contains(invitations, e => To(e) == MeetingsWorld.FocalPoint);
        foreach (var invitation in invitations)
        {
            var calendar = ParseCalendar(invitation);
            Assert.Equal("REQUEST", calendar.Method);
            var meeting = Assert.Single(calendar.Events);
            Assert.Equal(0, meeting.Sequence);
            Assert.Equal($"meeting-{meetingId:D}@review4u", meeting.Uid);
            Assert.Equal("Europe/Paris", meeting.DtStart!.TzId);
            Assert.Equal(10, meeting.DtStart.Hour);
            Assert.Equal(new DateTime(2027, 2, 15, 9, 0, 0, DateTimeKind.Utc), meeting.DtStart.AsUtc);
            Assert.Equal("Europe/Paris", Assert.Single(calendar.TimeZones).TzId);
            Assert.Equal(Participants, meeting.Attendees.Count);
        }

        Assert.Contains("15 février 2027, 10:00", invitations.Single(e => To(e) == MeetingsWorld.FocalPoint).Message.TextBody, StringComparison.Ordinal);
        var calls = WithoutCalendar(first);
        Assert.Equal(Members, calls.Count);
        Assert.DoesNotContain(calls, e => To(e) == MeetingsWorld.FocalPoint);

        // Rescheduled to 18 February, 14:00: everyone gets SEQUENCE 1 with the same UID; the cut-off moves with it.
        await world.AdvanceToAsync(new DateTimeOffset(2027, 1, 11, 9, 0, 0, TimeSpan.Zero));
        await planner.RescheduleAsync(meetingId, new MeetingDate(new DateTime(2027, 2, 18, 14, 0, 0), TimeSpan.FromHours(2)), None);
        await world.RunEngineAsync();
        var updates = await world.DeliverMailAsync();
        Assert.Equal(Participants, updates.Count);
        foreach (var update in updates)
        {
            var meeting = Assert.Single(ParseCalendar(update).Events);
            Assert.Equal(1, meeting.Sequence);
            Assert.Equal($"meeting-{meetingId:D}@review4u", meeting.Uid);
            Assert.Equal(new DateTime(2027, 2, 18, 13, 0, 0, DateTimeKind.Utc), meeting.DtStart!.AsUtc);
        }

        Assert.StartsWith("Modifiée", updates.Single(e => To(e) == MeetingsWorld.FocalPoint).Message.Subject, StringComparison.Ordinal);

        // Agenda items: two by link, one by email reply; refusals write nothing.
        var proposals = world.Get<AgendaProposals>();
        string Token(int n) => ProposeToken(calls.Single(e => To(e) == MeetingsWorld.Contact(n)));
        Assert.True((await proposals.ProposeByLinkAsync(meetingId, Token(4), "Identification des victimes dans les ports", "Constats de terrain", None)).Succeeded);
        Assert.True((await proposals.ProposeByLinkAsync(meetingId, Token(6), "An item the committee rejects", null, None)).Succeeded);
        Assert.False((await proposals.ProposeByLinkAsync(meetingId, "not-a-token", "Nope", null, None)).Succeeded);
        Assert.False((await proposals.ProposeByLinkAsync(meetingId, Token(4), "   ", null, None)).Succeeded);
        var reply = Reply(calls.Single(e => To(e) == MeetingsWorld.Contact(5)), "Firearms amnesty follow-up\nWhat the 2026 amnesty collected, by region.");
        Assert.Equal(InboundOutcome.Handled, await world.Get<InboundMailProcessor>().ProcessAsync(reply, None));
        Assert.Equal(InboundOutcome.Duplicate, await world.Get<InboundMailProcessor>().ProcessAsync(reply, None));
        await using (var db = world.OpenMeetings())
        {
            var items = await db.AgendaItems.Where(i => i.MeetingId == meetingId && i.BodyId == world.AllianceId).OrderBy(i => i.ProposedAt).ThenBy(i => i.Id).ToListAsync();
            Assert.Equal(["link", "link", "email"], items.Select(i => i.Source));
            Assert.Equal("Firearms amnesty follow-up", items[2].Title);
            Assert.Equal("What the 2026 amnesty collected, by region.", items[2].Details);
        }

        await world.RunEngineAsync();
        Assert.Single(await world.DeliverMailAsync()); // the reply's acknowledgement

        // The cut-off (8 February, 14:00 Paris): proposals close, the Steering Committee (3) is asked to vote.
        await world.AdvanceToAsync(new DateTimeOffset(2027, 2, 8, 13, 0, 0, TimeSpan.Zero));
        Assert.False((await proposals.ProposeByLinkAsync(meetingId, Token(7), "Too late", null, None)).Succeeded);
        var reviews = await world.DeliverMailAsync();
        Assert.Equal([MeetingsWorld.Contact(1), MeetingsWorld.Contact(2), MeetingsWorld.Contact(3)], reviews.Select(To).Order());
        Guid[] ids;
        await using (var db = world.OpenMeetings())
        {
            ids = await db.AgendaItems.Where(i => i.MeetingId == meetingId).OrderBy(i => i.ProposedAt).ThenBy(i => i.Id).Select(i => i.Id).ToArrayAsync();
        }

        var board = world.Get<AgendaBoard>();
        Dictionary<Guid, bool> Votes() => new() { [ids[0]] = true, [ids[1]] = false, [ids[2]] = true };
        Assert.False((await board.VoteAsync(meetingId, Token(4), Votes(), None)).Succeeded); // not on the SC
        Assert.True((await board.VoteAsync(meetingId, ReviewToken(reviews.Single(e => To(e) == MeetingsWorld.Contact(1))), Votes(), None)).Succeeded);
        await world.RunEngineAsync();
        Assert.Empty(await world.DeliverMailAsync()); // one vote of three: not settled yet
        Assert.True((await board.VoteAsync(meetingId, ReviewToken(reviews.Single(e => To(e) == MeetingsWorld.Contact(2))), Votes(), None)).Succeeded);
        await world.RunEngineAsync();

        // Quorum 2 of 3 reached on every item: settled and circulated to all nine.
        var agendas = await world.DeliverMailAsync();
        Assert.Equal(Participants, agendas.Count);
        var english = agendas.Single(e => To(e) == MeetingsWorld.Contact(2)).Message.TextBody!;
        Assert.Contains("1. Identification des victimes dans les ports\n2. Firearms amnesty follow-up", english.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("rejects", english, StringComparison.Ordinal);

        // After the meeting: attendance, minutes with two action items, the summary to the government.
        await world.AdvanceToAsync(new DateTimeOffset(2027, 2, 18, 16, 0, 0, TimeSpan.Zero));
        var records = world.Get<MeetingRecords>();
        await records.RecordAttendanceAsync(meetingId, [MeetingsWorld.Contact(1), MeetingsWorld.Contact(2), MeetingsWorld.Contact(4), MeetingsWorld.FocalPoint], AttendanceStatuses.Attended, None);
        await records.UploadMinutesAsync(meetingId, new MinutesFile("minutes-2027-q1.txt", "text/plain", Encoding.UTF8.GetBytes("Minutes of the first consultation of 2027.")),
        [
            new ActionItemInput("Draft the victim identification brief", MeetingsWorld.Contact(4), new DateOnly(2027, 4, 2)),
            new ActionItemInput("Share the firearms amnesty data", MeetingsWorld.Contact(2), new DateOnly(2027, 3, 10)),
        ], None);
        await world.RunEngineAsync();
        var summary = Assert.Single(await world.DeliverMailAsync());
        Assert.Equal(MeetingsWorld.FocalPoint, To(summary));
        Assert.Equal("minutes-2027-q1.txt", Assert.Single(summary.Message.Attachments).ContentDisposition!.FileName);
        Assert.Contains("Draft the victim identification brief (Contact 04, 2027-04-02)", summary.Message.TextBody, StringComparison.Ordinal);
        Assert.Contains("4 participant", summary.Message.TextBody, StringComparison.Ordinal);

        // Reminders at 09:00 Paris time: 3 March (winter, 08:00 UTC); the item is then done, so no 1-day reminder.
        await ExpectNothingAsync(new DateTimeOffset(2027, 3, 3, 7, 59, 0, TimeSpan.Zero));
        await world.AdvanceToAsync(new DateTimeOffset(2027, 3, 3, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(MeetingsWorld.Contact(2), To(Assert.Single(await world.DeliverMailAsync())));
        await world.AdvanceToAsync(new DateTimeOffset(2027, 3, 5, 10, 0, 0, TimeSpan.Zero));
        await using (var db = world.OpenMeetings())
        {
            await records.CompleteActionAsync(await db.ActionItems.Where(a => a.OwnerEmail == MeetingsWorld.Contact(2)).Select(a => a.Id).SingleAsync(), None);
        }

        await ExpectNothingAsync(new DateTimeOffset(2027, 3, 9, 8, 0, 0, TimeSpan.Zero));

        // The other item, due 2 April: 26 March 09:00 is 08:00 UTC, then the clocks change on 28 March,
        // so 1 April 09:00 is 07:00 UTC, and the overdue notice on 3 April 09:00 is 07:00 UTC.
        await ExpectNothingAsync(new DateTimeOffset(2027, 3, 26, 7, 59, 0, TimeSpan.Zero));
        await world.AdvanceToAsync(new DateTimeOffset(2027, 3, 26, 8, 0, 0, TimeSpan.Zero));
        var sevenDays = Assert.Single(await world.DeliverMailAsync());
        Assert.Equal(MeetingsWorld.Contact(4), To(sevenDays));
        Assert.Contains("dentro de 7 días", sevenDays.Message.TextBody, StringComparison.Ordinal); // Contact 04 reads Spanish
        await ExpectNothingAsync(new DateTimeOffset(2027, 4, 1, 6, 59, 0, TimeSpan.Zero));
        await world.AdvanceToAsync(new DateTimeOffset(2027, 4, 1, 7, 0, 0, TimeSpan.Zero));
        Assert.Contains("dentro de 1 día.", Assert.Single(await world.DeliverMailAsync()).Message.TextBody, StringComparison.Ordinal);
        await ExpectNothingAsync(new DateTimeOffset(2027, 4, 3, 6, 59, 0, TimeSpan.Zero));
        await world.AdvanceToAsync(new DateTimeOffset(2027, 4, 3, 7, 0, 0, TimeSpan.Zero));
        Assert.StartsWith("Atrasada", Assert.Single(await world.DeliverMailAsync()).Message.Subject, StringComparison.Ordinal);
        await using (var db = world.OpenMeetings())
        {
            Assert.Equal(MeetingStatuses.Closed, (await db.Meetings.SingleAsync(m => m.Id == meetingId)).Status);
        }

        return meetingId;
    }

    private async Task<Guid> Q2CancelledAsync(MeetingPlanner planner)
    {
        await world.AdvanceToAsync(new DateTimeOffset(2027, 4, 5, 7, 0, 0, TimeSpan.Zero));
        var meetingId = await world.OpenAsync(MeetingKinds.Consultation, MeetingsWorld.Alliance, "2027-Q2");
        await planner.ProposeDateAsync(meetingId, new MeetingDate(new DateTime(2027, 5, 20, 10, 0, 0), TimeSpan.FromHours(2)), None);
        await world.RunEngineAsync();
        var invitations = WithCalendar(await world.DeliverMailAsync());
        Assert.Equal(Participants, invitations.Count);
        Assert.Equal(new DateTime(2027, 5, 20, 8, 0, 0, DateTimeKind.Utc), ParseCalendar(invitations[0]).Events.Single().DtStart!.AsUtc); // summer time

        await world.AdvanceToAsync(new DateTimeOffset(2027, 4, 20, 7, 0, 0, TimeSpan.Zero));
        await planner.CancelAsync(meetingId, "The ministry asked to postpone to the next quarter.", None);
        await world.RunEngineAsync();
        var cancellations = await world.DeliverMailAsync();
        Assert.Equal(Participants, cancellations.Count);
        foreach (var cancellation in cancellations)
        {
            var calendar = ParseCalendar(cancellation);
            Assert.Equal("CANCEL", calendar.Method);
            var meeting = Assert.Single(calendar.Events);
            Assert.Equal(1, meeting.Sequence);
            Assert.Equal("CANCELLED", meeting.Status);
        }

        await Assert.ThrowsAsync<DomainRuleException>(() => planner.CancelAsync(meetingId, null, None));
        await using var db = world.OpenMeetings();
        var row = await db.Meetings.SingleAsync(m => m.Id == meetingId);
        Assert.Equal(MeetingStatuses.Cancelled, row.Status);
        Assert.Equal(InstanceStatus.Cancelled, (await world.Get<IWorkflowInstanceQueries>().GetAsync(row.WorkflowInstanceId!.Value))!.Summary.Status);
        return meetingId;
    }

    /// <summary>A quarter without proposals: the agenda settles at the cut-off, is circulated, minutes, summary.</summary>
    private async Task<Guid> WithoutItemsAsync(MeetingPlanner planner, string period, DateTimeOffset opensAt, DateTime localStart, int utcHour, IReadOnlyList<ActionItemInput> actions)
    {
        await world.AdvanceToAsync(opensAt);
        var meetingId = await world.OpenAsync(MeetingKinds.Consultation, MeetingsWorld.Alliance, period);
        await planner.ProposeDateAsync(meetingId, new MeetingDate(localStart, TimeSpan.FromHours(3)), None);
        await world.RunEngineAsync();
        var invitations = WithCalendar(await world.DeliverMailAsync());
        Assert.Equal(Participants, invitations.Count);
        var start = ParseCalendar(invitations[0]).Events.Single().DtStart!;
        Assert.Equal((10, utcHour), (start.Hour, start.AsUtc.Hour));

        var startsAt = new DateTimeOffset(DateTime.SpecifyKind(start.AsUtc, DateTimeKind.Utc));
        await world.AdvanceToAsync(startsAt.AddDays(-10));
        Assert.Equal(Participants, (await world.DeliverMailAsync()).Count); // no items: settled at once, circulated
        await world.AdvanceToAsync(startsAt.AddHours(4));
        await world.Get<MeetingRecords>().UploadMinutesAsync(meetingId, new MinutesFile($"minutes-{period}.txt", "text/plain", Encoding.UTF8.GetBytes("Minutes.")), actions, None);
        await world.RunEngineAsync();
        Assert.Equal(MeetingsWorld.FocalPoint, To(Assert.Single(await world.DeliverMailAsync())));
        return meetingId;
    }

    private async Task FeedShowsTheYearAsync(Guid q1, Guid q2, Guid q3, Guid q4)
    {
        var feed = IcalCalendar.Load((await world.Get<MeetingFeed>().RenderAsync(MeetingsWorld.Alliance, None))!)!;
        Assert.Equal("PUBLISH", feed.Method);
        Assert.Equal("Europe/Paris", Assert.Single(feed.TimeZones).TzId);
        Assert.Equal(new[] { q1, q2, q3, q4 }.Select(id => $"meeting-{id:D}@review4u"), feed.Events.Select(e => e.Uid));
        Assert.Equal(["CONFIRMED", "CANCELLED", "CONFIRMED", "CONFIRMED"], feed.Events.Select(e => e.Status));
        Assert.All(feed.Events, e => Assert.Empty(e.Attendees));
        Assert.Null(await world.Get<MeetingFeed>().RenderAsync("NACSA-XX", None));
    }

    private async Task NothingIsSentTwiceAsync(IReadOnlyList<Guid> meetings)
    {
        var before = await world.OutboxCountAsync(Categories);
        foreach (var meetingId in meetings)
        {
            await world.Get<IWorkflowRuntime>().PublishEventAsync(MeetingEvents.Changed, MeetingEvents.Key(meetingId), null);
        }

        await world.RunEngineAsync();
        Assert.Empty(await world.DeliverMailAsync());
        var after = await world.OutboxCountAsync(Categories);
        Assert.Equal(before, after);
        Assert.Equal(after.Rows, after.Keys);
        Assert.Equal((6 * Participants) + 0L, (await world.OutboxCountAsync("meeting-invitation")).Rows); // Q1 ×2, Q2 + cancel, Q3, Q4
        Assert.Equal(4L * Members, (await world.OutboxCountAsync("agenda-call")).Rows);
        Assert.Equal(3L, (await world.OutboxCountAsync("agenda-review")).Rows);
        Assert.Equal(3L * Participants, (await world.OutboxCountAsync("agenda-circulated")).Rows);
        Assert.Equal(3L, (await world.OutboxCountAsync("consultation-summary")).Rows);
        Assert.Equal(4L, (await world.OutboxCountAsync("action-item-reminder")).Rows);
        Assert.Equal(1L, (await world.OutboxCountAsync("action-item-overdue")).Rows);
        // Distinct Message-IDs: delivery is at-least-once (a send the SMTP client did not see acknowledged is retried with the same id).
        var received = world.Smtp.Received.Select(e => e.Message.MessageId).Distinct().Count();
        Assert.True(received == (await world.OutboxCountAsync([.. Categories, "reply-acknowledgement"])).Rows, received + " received; outbox: " + await world.OutboxCategoriesAsync());
    }

    private static readonly string[] Categories =
        ["meeting-invitation", "agenda-call", "agenda-review", "agenda-circulated", "consultation-summary", "action-item-reminder", "action-item-overdue"];

    private async Task ExpectNothingAsync(DateTimeOffset at)
    {
        await world.AdvanceToAsync(at);
        Assert.Empty(await world.DeliverMailAsync());
    }
}
