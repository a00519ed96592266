using System.Text;
using Microsoft.EntityFrameworkCore;
using Review4U.Meetings.Minutes;
using Review4U.Meetings.Model;
using Review4U.Meetings.Scheduling;
using Review4U.Meetings.Tests.Support;
using static Review4U.Meetings.Tests.Support.MeetingMails;

namespace Review4U.Meetings.Tests.Workflows;

/// <summary>The per-body cron triggers of both workflows, and the Steering Committee's monthly meetings (SC members only).</summary>
public sealed class SteeringCommitteeMeetingTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly string[] Committee = [MeetingsWorld.Contact(1), MeetingsWorld.Contact(2), MeetingsWorld.Contact(3)];
    private MeetingsWorld world = null!;

    public async Task InitializeAsync() => world = await MeetingsWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Triggers_OpenEachBodysMeetingsAt0900LocalTime_MonthlyForTheCommitteeAndQuarterlyForConsultations()
    {
        // 1 February 09:00 in Paris and Brussels is 08:00 UTC (winter): the SC meetings of February, no consultation.
        await world.AdvanceToAsync(new DateTimeOffset(2027, 2, 1, 7, 59, 0, TimeSpan.Zero));
        await world.FireTriggersAsync();
        Assert.Empty(await MeetingsAsync());
        await world.AdvanceToAsync(new DateTimeOffset(2027, 2, 1, 8, 0, 0, TimeSpan.Zero));
        await world.FireTriggersAsync();
        await world.FireTriggersAsync();
        Assert.Equal(["NACSA-FR steering-committee 2027-02", "NET4U-EU steering-committee 2027-02"], await MeetingsAsync());

        // 1 April 09:00 is 07:00 UTC (summer time since 28 March): April's SC meetings and Q2's consultations.
        await world.AdvanceToAsync(new DateTimeOffset(2027, 4, 1, 6, 59, 0, TimeSpan.Zero));
        await world.FireTriggersAsync();
        Assert.Equal(2, (await MeetingsAsync()).Count);
        await world.AdvanceToAsync(new DateTimeOffset(2027, 4, 1, 7, 0, 0, TimeSpan.Zero));
        await world.FireTriggersAsync();
        Assert.Equal(
            ["NACSA-FR consultation 2027-Q2", "NACSA-FR steering-committee 2027-02", "NACSA-FR steering-committee 2027-04",
             "NET4U-EU consultation 2027-Q2", "NET4U-EU steering-committee 2027-02", "NET4U-EU steering-committee 2027-04"],
            await MeetingsAsync());
        await using var db = world.OpenMeetings();
        var consultation = await db.Meetings.SingleAsync(m => m.BodyId == world.AllianceId && m.Kind == MeetingKinds.Consultation);
        Assert.Equal(new DateOnly(2027, 5, 13), consultation.TargetDate); // six weeks' lead time
        Assert.Empty(await world.DeliverMailAsync()); // nothing is sent before the secretariat gives a date
    }

    [Fact]
    public async Task SteeringCommitteeMeeting_InvitesAndSummarisesToTheCommitteeOnly_WhenRunForAMonth()
    {
        var planner = world.Get<MeetingPlanner>();
        var meetingId = await world.OpenAsync(MeetingKinds.SteeringCommittee, MeetingsWorld.Alliance, "2027-01");
        await using (var db = world.OpenMeetings())
        {
            var participants = await db.Participants.Where(p => p.MeetingId == meetingId).ToListAsync();
            Assert.Equal(Committee, participants.Select(p => p.Email).Order());
            Assert.All(participants, p => Assert.True(p.SteeringCommittee));
        }

        await planner.ProposeDateAsync(meetingId, new MeetingDate(new DateTime(2027, 1, 20, 18, 0, 0), TimeSpan.FromMinutes(90), "Online"), None);
        await world.RunEngineAsync();
        var first = await world.DeliverMailAsync();
        Assert.Equal(Committee, WithCalendar(first).Select(To).Order());
        Assert.Equal(Committee, WithoutCalendar(first).Select(To).Order()); // agenda calls
        var invitation = ParseCalendar(WithCalendar(first)[0]).Events.Single();
        Assert.Equal(new DateTime(2027, 1, 20, 17, 0, 0, DateTimeKind.Utc), invitation.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2027, 1, 20, 18, 30, 0, DateTimeKind.Utc), invitation.DtEnd!.AsUtc);

        // Cut-off four days before: no proposals, so the agenda settles and is circulated to the three at once.
        await world.AdvanceToAsync(new DateTimeOffset(2027, 1, 16, 17, 0, 0, TimeSpan.Zero));
        Assert.Equal(Committee, (await world.DeliverMailAsync()).Select(To).Order());
        await world.AdvanceToAsync(new DateTimeOffset(2027, 1, 20, 19, 0, 0, TimeSpan.Zero));
        await world.Get<MeetingRecords>().UploadMinutesAsync(meetingId, new MinutesFile("sc-2027-01.txt", "text/plain", Encoding.UTF8.GetBytes("SC minutes")), [], None);
        await world.RunEngineAsync();
        Assert.Equal(Committee, (await world.DeliverMailAsync()).Select(To).Order()); // the summary, to the committee
        Assert.DoesNotContain(world.Smtp.Received, e => To(e) == MeetingsWorld.FocalPoint);
        await using (var db = world.OpenMeetings())
        {
            Assert.Equal(MeetingStatuses.Closed, (await db.Meetings.SingleAsync(m => m.Id == meetingId)).Status);
        }
    }

    private async Task<List<string>> MeetingsAsync()
    {
        await using var db = world.OpenMeetings();
        var rows = await db.Meetings.Select(m => new { m.BodyId, m.Kind, m.Period }).ToListAsync();
        return [.. rows.Select(r => $"{(r.BodyId == world.AllianceId ? MeetingsWorld.Alliance : MeetingsWorld.Network)} {r.Kind} {r.Period}").Order(StringComparer.Ordinal)];
    }
}
