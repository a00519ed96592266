using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;
using Review4U.FollowUp.Emails;
using Review4U.FollowUp.Model;
using Review4U.FollowUp.Plans;
using Review4U.FollowUp.Tests.Support;
using IcalCalendar = Ical.Net.Calendar;

namespace Review4U.FollowUp.Tests.Workflows;

/// <summary>
/// The shipped annual-activity-plan workflow: a draft rejected with comments goes back to the coordinator, the next
/// version is approved by quorum, its activities are scheduled, reminded on the right dates (09:00 Nairobi) and
/// exported as ICS that parses back.
/// </summary>
public sealed class AnnualActivityPlanTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 6, 0, 0, TimeSpan.Zero);
    private FollowUpWorld world = null!;

    public async Task InitializeAsync() => world = await FollowUpWorld.CreateAsync(Start);

    public async Task DisposeAsync() => await world.DisposeAsync();

    public static string PlanYaml(string briefTitle) => $"""
        title: Annual activity plan 2027
        year: 2027
        quorum: 3
        activities:
          - key: sc-jan
            kind: steering-committee
            title: Steering Committee meeting (January)
            starts: 2027-01-14T10:00
            ends: 2027-01-14T12:00
            owner: contact01@org01.example
            location: Online
          - key: consultation-q1
            kind: meeting
            title: Quarterly consultation with the Ministry of Interior
            starts: 2027-03-10T09:30
            ends: 2027-03-10T13:00
            owner: contact02@org02.example
            location: Nairobi, Ministry of Interior
          - key: wg-tip-mapping
            kind: working-group-task
            title: Map referral services for victims of trafficking
            starts: 2027-02-01
            ends: 2027-02-26
            owner: contact05@org05.example
            reminders: [7]
          - key: training-firearms
            kind: capacity-building
            title: Training on the Firearms Protocol
            starts: 2027-04-20T09:00
            ends: 2027-04-21T16:00
            owner: contact04@org04.example
            location: Mombasa
          - key: brief
            kind: policy-brief
            title: "{briefTitle}"
            starts: 2027-06-30
            owner: contact03@org03.example
        """;

    [Fact]
    public async Task AnnualPlan_IsReturnedThenApprovedByQuorum_AndItsActivitiesAreScheduledRemindedAndExported()
    {
        var drafting = world.Get<PlanDrafting>();
        var reviews = world.Get<PlanReviews>();
        var v1 = await drafting.DraftAsync("plan-2027.yaml", PlanYaml("Policy brief"), "NACSA-KE", None);
        Assert.True(v1.Succeeded, string.Join("\n", v1.Problems));
        Assert.Equal((2027, 1, 5), (v1.Year, v1.Version, v1.ActivityCount));

        // Version 1: two rejections of four reviewers leave the quorum of three out of reach.
        await reviews.SubmitAsync("NACSA-KE", 2027, None);
        await world.RunEngineAsync();
        var requests = await world.DeliverAsync();
        Assert.All(requests, d => Assert.Equal(FollowUpCategories.PlanReviewRequest, d.Category));
        Assert.Equal(Enumerable.Range(1, 4).Select(FollowUpWorld.Contact), requests.Select(d => d.To).Order());
        string Token(IReadOnlyList<Delivered> sent, int n) => FollowUpWorld.ReviewToken(sent.Single(d => d.To == FollowUpWorld.Contact(n)).Email);
        Assert.True((await reviews.DecideAsync(Token(requests, 2), PlanDecisionKinds.Comment, "Please give the policy brief a topic.", "brief", None)).Succeeded);
        Assert.False((await reviews.DecideAsync(Token(requests, 2), PlanDecisionKinds.Comment, "On an unknown activity", "nope", None)).Succeeded);
        Assert.Null((await reviews.DecideAsync(Token(requests, 3), PlanDecisionKinds.Reject, "The brief has no subject.", null, None)).Outcome!.Decision);
        Assert.Equal("rejected", (await reviews.DecideAsync(Token(requests, 4), PlanDecisionKinds.Reject, null, null, None)).Outcome!.Decision);
        await world.RunEngineAsync();
        var returned = Assert.Single(await world.DeliverAsync());
        Assert.Equal((FollowUpCategories.PlanReturned, FollowUpWorld.Contact(1)), (returned.Category, returned.To));
        Assert.Contains("Contact 02 (comment, brief): Please give the policy brief a topic.", returned.Email.Message.TextBody, StringComparison.Ordinal);
        Assert.False((await reviews.DecideAsync(Token(requests, 1), PlanDecisionKinds.Approve, null, null, None)).Succeeded);

        // Version 2: approved by three of four.
        var v2 = await drafting.DraftAsync("plan-2027.yaml", PlanYaml("Policy brief: civil society and the UNTOC review in Kenya"), "NACSA-KE", None);
        Assert.True(v2.Succeeded, string.Join("\n", v2.Problems));
        Assert.Equal(2, v2.Version);
        await reviews.SubmitAsync("NACSA-KE", 2027, None);
        await world.RunEngineAsync();
        var second = await world.DeliverAsync();
        Assert.Equal(4, second.Count);
        foreach (var n in new[] { 1, 2 })
        {
            Assert.Null((await reviews.DecideAsync(Token(second, n), PlanDecisionKinds.Approve, null, null, None)).Outcome!.Decision);
        }

        Assert.Equal("approved", (await reviews.DecideAsync(Token(second, 3), PlanDecisionKinds.Approve, "Good plan.", null, None)).Outcome!.Decision);
        await world.RunEngineAsync();
        var approved = await world.DeliverAsync();
        Assert.All(approved, d => Assert.Equal(FollowUpCategories.PlanApproved, d.Category));
        Assert.Equal(4, approved.Count);
        var ics = approved[0].Email.Message.Attachments.OfType<MimeKit.MimePart>().Single();
        Assert.Equal("NACSA-KE-activity-plan-2027.ics", ics.FileName);
        using (var stream = new MemoryStream())
        {
            await ics.Content!.DecodeToAsync(stream);
            AssertCalendar(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }

        await using (var db = world.OpenFollowUp())
        {
            var plans = await db.Plans.OrderBy(p => p.Version).Select(p => p.Status).ToListAsync();
            Assert.Equal([PlanStatuses.Rejected, PlanStatuses.Approved], plans);
            Assert.Equal(5, await db.PlanActivities.CountAsync(a => a.PlanId == v2.PlanId && a.Status == "scheduled"));
        }

        // Reminders: 09:00 in Nairobi (06:00 UTC), 14 and 2 days before (7 for the working-group task), to the owner.
        var expected = new (DateTimeOffset At, int Owner)[]
        {
            (At(2026, 12, 31), 1), (At(2027, 1, 12), 1), (At(2027, 1, 25), 5), (At(2027, 2, 24), 2), (At(2027, 3, 8), 2),
            (At(2027, 4, 6), 4), (At(2027, 4, 18), 4), (At(2027, 6, 16), 3), (At(2027, 6, 28), 3),
        };
        foreach (var (at, owner) in expected)
        {
            await world.AdvanceToAsync(at.AddMinutes(-1));
            Assert.Empty(await world.DeliverAsync());
            await world.AdvanceToAsync(at);
            var reminder = Assert.Single(await world.DeliverAsync());
            Assert.Equal((FollowUpCategories.ActivityReminder, FollowUpWorld.Contact(owner)), (reminder.Category, reminder.To));
        }

        await world.AdvanceToAsync(new DateTimeOffset(2027, 12, 31, 0, 0, 0, TimeSpan.Zero));
        Assert.Empty(await world.DeliverAsync());
        Assert.Equal(world.Smtp.Received.Count, world.Smtp.Received.Select(r => (r.EnvelopeTo[0], r.Message.Subject)).Distinct().Count());

        // The export of the approved plan parses back the same.
        AssertCalendar(await world.Get<FollowUpQueries>().ExportIcsAsync("NACSA-KE", 2027, None));
    }

    [Fact]
    public async Task DraftAsync_ReportsEveryProblemWithItsLineAndWritesNothing_WhenTheFileIsWrong()
    {
        var yaml = PlanYaml("Brief")
            .Replace("kind: meeting", "kind: party", StringComparison.Ordinal)
            .Replace("starts: 2027-04-20T09:00", "starts: 2028-04-20T09:00", StringComparison.Ordinal)
            .Replace("owner: contact03@org03.example", "owner: stranger@nowhere.example", StringComparison.Ordinal);

        var result = await world.Get<PlanDrafting>().DraftAsync("plan.yaml", yaml, "NACSA-KE", None);

        Assert.Equal(
            ["plan.yaml:13: kind: \"party\" is not an activity kind (expected one of meeting, steering-committee, working-group-task, capacity-building, engagement, policy-brief)",
             "plan.yaml:29: starts: 2028-04-20 is not in the plan's year 2027",
             "plan.yaml:30: ends: must be after starts"],
            result.Problems.Select(p => p.ToString()));
        var owners = await world.Get<PlanDrafting>().DraftAsync("plan.yaml", PlanYaml("Brief").Replace("owner: contact03@org03.example", "owner: stranger@nowhere.example", StringComparison.Ordinal), "NACSA-KE", None);
        Assert.Equal(["plan.yaml:37: owner: \"stranger@nowhere.example\" is not a contact of a member organisation of NACSA-KE"], owners.Problems.Select(p => p.ToString()));
        await using var db = world.OpenFollowUp();
        Assert.False(await db.Plans.AnyAsync());
    }

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 6, 0, 0, TimeSpan.Zero);

    private static void AssertCalendar(string text)
    {
        var calendar = IcalCalendar.Load(text)!;
        Assert.Equal("PUBLISH", calendar.Method);
        var events = calendar.Events.OrderBy(e => e.DtStart!.Value).ToList();
        Assert.Equal(5, events.Count);
        var sc = events[0];
        Assert.Equal("Steering Committee meeting (January)", sc.Summary);
        Assert.Equal("Africa/Nairobi", sc.DtStart!.TzId);
        Assert.Equal(new DateTime(2027, 1, 14, 10, 0, 0), sc.DtStart.Value);
        Assert.Equal(new DateTime(2027, 1, 14, 7, 0, 0, DateTimeKind.Utc), sc.DtStart.AsUtc);
        Assert.Equal("Nairobi, Ministry of Interior", events.Single(e => e.Summary == "Quarterly consultation with the Ministry of Interior").Location);
        var brief = events[^1];
        Assert.Equal("Policy brief: civil society and the UNTOC review in Kenya", brief.Summary);
        Assert.Equal(new DateTime(2027, 6, 30, 17, 0, 0), brief.DtEnd!.Value);
        Assert.All(events, e => Assert.IsType<CalendarEvent>(e));
    }
}
