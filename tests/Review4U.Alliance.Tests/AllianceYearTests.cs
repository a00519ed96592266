using System.Text;
using Microsoft.EntityFrameworkCore;
using Review4U.Alliance.Tests.Support;
using Review4U.Domain.Governance;
using Review4U.Email.Inbound;
using Review4U.FollowUp.Emails;
using Review4U.FollowUp.Import;
using Review4U.FollowUp.Model;
using Review4U.FollowUp.Plans;
using Review4U.FollowUp.Status;
using Review4U.Meetings.Agenda;
using Review4U.Meetings.Minutes;
using Review4U.Meetings.Model;
using Review4U.Meetings.Scheduling;
using Review4U.Secretariat.Decisions;
using Review4U.Workflows.Runtime;
using Xunit.Abstractions;
using static Review4U.Alliance.Tests.Support.AllianceWorld;
using IcalCalendar = Ical.Net.Calendar;

namespace Review4U.Alliance.Tests;

/// <summary>
/// Issue 7's test: one whole year (2027) of NACSA-FR, every module together on one database, composed as the product
/// composes them, with all six shipped workflow files, per-body cron triggers firing on a fake clock that lives through
/// every due timer, a real SMTP server, and answers by personal link and by email reply. Four quarterly consultations
/// (one rescheduled, one cancelled), twelve Steering Committee meetings, twelve VPI status rounds with one escalation and
/// four progress reports, the annual activity plan, and the Secretariat's renewal with a handover; nothing sent twice.
/// </summary>
public sealed class AllianceYearTests : IAsyncLifetime
{
    private const int Participants = Members + 1; // every member's main contact and the focal point
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset End = Paris(2027, 12, 31, 23, 0);
    private static readonly DateOnly TermEnd = TermStart.AddYears(1);
    private readonly List<(DateTimeOffset At, Func<Task> Act)> script = [];
    private AllianceWorld world = null!;
    private readonly ITestOutputHelper output;
    private Guid planInstance;

    public AllianceYearTests(ITestOutputHelper output) => this.output = output;

    public async Task InitializeAsync() => world = await AllianceWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task AllianceYear_RunsEveryRecurringDutyOnceAndOnTime_WhenTheClockLivesThrough2027()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        At(Start, PrepareAsync);
        At(Paris(2027, 1, 2, 10), ApprovePlanAsync);
        At(Paris(2027, 1, 2, 12), PlanIsScheduledAsync);
        PlanTheConsultations();
        PlanTheSteeringCommittee();
        PlanTheVpiAnswers();
        PlanTheRenewal();
        foreach (var (at, act) in script.OrderBy(s => s.At).ToList())
        {
            await world.RunUntilAsync(at);
            await act();
            await world.SettleAsync();
        }

        await world.RunUntilAsync(End);
        await world.DeliverOutstandingAsync();
        output.WriteLine($"The year: {watch.Elapsed.TotalSeconds:F0} s, {world.Stops} stops of the clock, {world.Drainer.JobsRun} engine jobs, {world.Mail.Count} emails; triggers {world.TriggerTime.TotalSeconds:F0} s, engine {world.EngineTime.TotalSeconds:F0} s, delivery {world.DeliveryTime.TotalSeconds:F0} s");

        await RenewalAsync();
        await TriggersFiredAsync();
        await ConsultationsAsync();
        await SteeringCommitteeAsync();
        await VpiFollowUpAsync();
        await PlanAsync();
        await NothingSentTwiceAndNothingFailedAsync();
    }

    private void At(DateTimeOffset at, Func<Task> act) => script.Add((at, act));

    // ---- the year's script: what people do, on which (Paris) day -------------------------------------------------

    /// <summary>New Year's Eve: the VPI priorities imported from a file; the coordinator drafts the plan and submits it.</summary>
    private async Task PrepareAsync()
    {
        var imported = await world.Get<CommitmentImporter>().ImportFileAsync(RepositoryPaths.Output("Support", "nacsa-fr-vpi-priorities.csv"), AllianceWorld.Alliance, dryRun: false, None);
        Assert.True(imported.Succeeded, string.Join("\n", imported.Problems));
        Assert.Equal(3, imported.Created);
        var draft = await world.Get<PlanDrafting>().DraftFileAsync(RepositoryPaths.Output("Support", "nacsa-fr-activity-plan-2027.yaml"), AllianceWorld.Alliance, None);
        Assert.True(draft.Succeeded, string.Join("\n", draft.Problems));
        (_, planInstance) = await world.Get<PlanReviews>().SubmitAsync(AllianceWorld.Alliance, 2027, None);
    }

    /// <summary>Three of the four reviewers (coordinator and Steering Committee) approve by link: the plan's quorum.</summary>
    private async Task ApprovePlanAsync()
    {
        var requests = Mail(FollowUpCategories.PlanReviewRequest);
        Assert.Equal(Committee(1), requests.Select(d => d.To).Order());
        var reviews = world.Get<PlanReviews>();
        PlanDecisionResult? last = null;
        foreach (var n in new[] { 2, 3, 1 })
        {
            last = await reviews.DecideAsync(Mails.Token(requests.Single(d => d.To == Contact(n)), "plan/review"), PlanDecisionKinds.Approve, null, null, None);
            Assert.True(last.Succeeded, last.Message);
        }

        Assert.Equal("approved", last!.Outcome!.Decision);
    }

    private async Task PlanIsScheduledAsync()
    {
        await using var db = world.OpenFollowUp();
        var status = await db.Plans.Where(p => p.BodyId == world.AllianceId).Select(p => p.Status).SingleAsync();
        var instance = (await world.Get<IWorkflowInstanceQueries>().GetAsync(planInstance, None))!;
        Assert.True(status == PlanStatuses.Approved, status + "\n" + instance.Summary + "\n" + string.Join("\n", instance.Journal) + "\n" + string.Join("\n", instance.Waits) + "\n" + string.Join("\n", instance.Incidents));
    }

    private void PlanTheConsultations()
    {
        var planner = () => world.Get<MeetingPlanner>();

        // Q1, opened by the trigger on 1 January: a date, then a reschedule; agenda items by link and by reply; the
        // Steering Committee's votes; minutes with an action item due 2 April, across the change to summer time.
        At(Paris(2027, 1, 4, 10), async () => await planner().ProposeDateAsync(await ConsultationAsync("2027-Q1"),
            new MeetingDate(new DateTime(2027, 2, 15, 10, 0, 0), TimeSpan.FromHours(2), "Paris, Maison des associations"), None));
        At(Paris(2027, 1, 11, 10), async () => await planner().RescheduleAsync(await ConsultationAsync("2027-Q1"),
            new MeetingDate(new DateTime(2027, 2, 18, 14, 0, 0), TimeSpan.FromHours(2), "Paris, Maison des associations"), None));
        At(Paris(2027, 1, 12, 10), ProposeAgendaItemsAsync);
        At(Paris(2027, 2, 9, 10), SettleAgendaAsync);
        At(Paris(2027, 2, 18, 17), async () =>
        {
            var q1 = await ConsultationAsync("2027-Q1");
            var records = world.Get<MeetingRecords>();
            await records.RecordAttendanceAsync(q1, [Contact(1), Contact(2), Contact(6), Contact(7), FocalPoint], AttendanceStatuses.Attended, None);
            await records.UploadMinutesAsync(q1, Minutes("2027-Q1"), [new ActionItemInput("Rédiger la note sur l'identification des victimes", Contact(8), new DateOnly(2027, 4, 2))], None);
        });

        // Q2: dated, then cancelled. Q3 and Q4: no proposals, the agenda settles at the cut-off; Q4 has an action item.
        At(Paris(2027, 4, 5, 10), async () => await planner().ProposeDateAsync(await ConsultationAsync("2027-Q2"),
            new MeetingDate(new DateTime(2027, 5, 20, 10, 0, 0), TimeSpan.FromHours(2)), None));
        At(Paris(2027, 4, 20, 10), async () => await planner().CancelAsync(await ConsultationAsync("2027-Q2"), "Le ministère a demandé un report.", None));
        At(Paris(2027, 7, 5, 10), async () => await planner().ProposeDateAsync(await ConsultationAsync("2027-Q3"),
            new MeetingDate(new DateTime(2027, 9, 14, 10, 0, 0), TimeSpan.FromHours(3)), None));
        At(Paris(2027, 9, 14, 15), async () => await world.Get<MeetingRecords>().UploadMinutesAsync(await ConsultationAsync("2027-Q3"), Minutes("2027-Q3"), [], None));
        At(Paris(2027, 10, 4, 10), async () => await planner().ProposeDateAsync(await ConsultationAsync("2027-Q4"),
            new MeetingDate(new DateTime(2027, 11, 9, 10, 0, 0), TimeSpan.FromHours(3)), None));
        At(Paris(2027, 11, 9, 15), async () => await world.Get<MeetingRecords>().UploadMinutesAsync(await ConsultationAsync("2027-Q4"), Minutes("2027-Q4"),
            [new ActionItemInput("Publier la synthèse de la consultation", Contact(9), new DateOnly(2027, 11, 20))], None));
        At(Paris(2027, 11, 15, 10), async () =>
        {
            await using var db = world.OpenMeetings();
            await world.Get<MeetingRecords>().CompleteActionAsync(await db.ActionItems.Where(a => a.OwnerEmail == Contact(9)).Select(a => a.Id).SingleAsync(), None);
        });
    }

    private async Task ProposeAgendaItemsAsync()
    {
        var q1 = await ConsultationAsync("2027-Q1");
        var calls = Mail("agenda-call", q1);
        Assert.Equal(Enumerable.Range(1, Members).Select(Contact).Order(), calls.Select(d => d.To).Order());
        var byLink = await world.Get<AgendaProposals>().ProposeByLinkAsync(q1, Mails.MeetingToken(calls.Single(d => d.To == Contact(6)), "agenda"),
            "Identification des victimes dans les ports", "Constats de terrain à Marseille et au Havre.", None);
        Assert.True(byLink.Succeeded, byLink.Message);
        Assert.Equal(InboundOutcome.Handled, await world.ReplyAsync(calls.Single(d => d.To == Contact(7)), "Suivi de l'amnistie des armes à feu\nCe que l'amnistie de 2026 a collecté, par région."));
    }

    private async Task SettleAgendaAsync()
    {
        var q1 = await ConsultationAsync("2027-Q1");
        var reviews = Mail("agenda-review", q1);
        Assert.Equal(Committee(1), reviews.Select(d => d.To).Order());
        Guid[] items;
        await using (var db = world.OpenMeetings())
        {
            items = await db.AgendaItems.Where(i => i.MeetingId == q1).OrderBy(i => i.ProposedAt).ThenBy(i => i.Id).Select(i => i.Id).ToArrayAsync();
        }

        foreach (var n in new[] { 1, 2, 3 })
        {
            var vote = await world.Get<AgendaBoard>().VoteAsync(q1, Mails.MeetingToken(reviews.Single(d => d.To == Contact(n)), "review"), items.ToDictionary(i => i, _ => true), None);
            Assert.True(vote.Succeeded, vote.Message);
        }
    }

    /// <summary>Each month: the date on the 2nd (the 20th, 18:00 Paris, online), minutes on the evening of the meeting.</summary>
    private void PlanTheSteeringCommittee()
    {
        for (var month = 1; month <= 12; month++)
        {
            var period = $"2027-{month:00}";
            var m = month;
            At(Paris(2027, m, 2, 11), async () => await world.Get<MeetingPlanner>().ProposeDateAsync(await MeetingAsync(MeetingKinds.SteeringCommittee, period),
                new MeetingDate(new DateTime(2027, m, 20, 18, 0, 0), TimeSpan.FromMinutes(90), "En ligne"), None));
            At(Paris(2027, m, 20, 21), async () => await world.Get<MeetingRecords>().UploadMinutesAsync(await MeetingAsync(MeetingKinds.SteeringCommittee, period),
                Minutes("cp-" + period), [], None));
        }
    }

    /// <summary>
    /// Each month on the 3rd the owners answer their status requests: P1 by link, P1.1 by email reply until it is done
    /// in June, P2 on its status page (over HTTP) until it is done in September, at risk in May (the year's one escalation).
    /// </summary>
    private void PlanTheVpiAnswers()
    {
        for (var month = 1; month <= 12; month++)
        {
            var m = month;
            At(Paris(2027, m, 3, 10), async () =>
            {
                var requests = Mail(FollowUpCategories.StatusRequest).Where(d => d.At.Month == m).ToList();
                if (!Owners(m).SequenceEqual(requests.Select(d => d.To).Order()))
                {
                    // Seen once in CI (2026-11-25, month 7, 8 or 9: none captured) and not reproduced: say what the outbox held.
                    Assert.Fail($"Status requests of month {m} at {world.Clock.GetUtcNow():u}: expected {string.Join(", ", Owners(m))}, captured "
                        + $"{string.Join(", ", requests.Select(d => d.To))}; all captured: {string.Join("; ", Mail(FollowUpCategories.StatusRequest).Select(d => $"{d.At:u} {d.To}"))}; "
                        + $"outbox: {await world.DescribeOutboxAsync(FollowUpCategories.StatusRequest)}");
                }

                var answers = world.Get<StatusAnswers>();
                var p1 = await answers.SubmitAsync(Mails.Token(requests.Single(d => d.To == Contact(5)), "vpi/status"),
                    new StatusUpdate(CommitmentStatuses.OnTrack, 8 * m, $"Mois {m} : de nouveaux départements ont un point d'orientation."), None);
                Assert.True(p1.Succeeded, p1.Message);
                if (m <= 6)
                {
                    var text = m < 6 ? $"On track, {15 * m}% - the drafting continues." : "Done. The ministry adopted the procedures.";
                    Assert.Equal(InboundOutcome.Handled, await world.ReplyAsync(requests.Single(d => d.To == Contact(6)), text));
                }

                if (m <= 9)
                {
                    var (status, progress) = m switch { 5 => (CommitmentStatuses.AtRisk, 40), 9 => (CommitmentStatuses.Done, 100), _ => (CommitmentStatuses.OnTrack, 10 * m) };
                    await world.SubmitPageAsync("/vpi/status/" + Mails.Token(requests.Single(d => d.To == Contact(7)), "vpi/status"),
                        ("status", status), ("progress", progress.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("note", "Échanges avec le ministère."));
                }
            });
        }
    }

    /// <summary>The term ends on 1 September: interests on the page behind the link (organisation 5, over HTTP) and by reply (6); 2, 3 and 4 choose 5.</summary>
    private void PlanTheRenewal()
    {
        At(Paris(2027, 7, 10, 10), async () =>
        {
            var call = Mail("secretariat-interest-call").Single(d => d.To == Contact(5));
            await world.SubmitPageAsync("/secretariat/interest/" + Mails.Token(call, "secretariat/interest"), ("motivation", "Nous pouvons accueillir le Secrétariat à Lyon."), ("contact", ""));
        });
        At(Paris(2027, 7, 12, 10), async () =>
            Assert.Equal(InboundOutcome.Handled, await world.ReplyAsync(Mail("secretariat-interest-call").Single(d => d.To == Contact(6)), "Notre organisation souhaite assurer le Secrétariat.")));
        At(Paris(2027, 8, 26, 10), async () =>
        {
            var requests = Mail("secretariat-decision-request");
            Assert.Equal(Committee(1), requests.Select(d => d.To).Order());
            var ballot = world.Get<Ballot>();
            string Token(int n) => Mails.Token(requests.Single(d => d.To == Contact(n)), "secretariat/decide");
            var view = await ballot.OpenAsync(Token(2), None);
            Assert.Equal(2, view.Candidates.Count);
            var org5 = view.Candidates.Single(c => c.OrganisationId == world.Organisations[4].Id).InterestId;
            BallotView? last = null;
            foreach (var n in new[] { 2, 3, 4 })
            {
                last = await ballot.VoteByLinkAsync(Token(n), Choices.Of(org5), None);
            }

            Assert.Equal(Choices.Of(org5), last!.Decision);
        });
    }

    // ---- what the year left behind ------------------------------------------------------------------------------

    private async Task ConsultationsAsync()
    {
        var q = new Dictionary<string, Guid>();
        foreach (var period in new[] { "2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4" })
        {
            q[period] = await ConsultationAsync(period);
        }

        // Invitations parsed back: REQUEST in the alliance's zone to all eleven, SEQUENCE 1 for the reschedule, CANCEL for Q2.
        var (q1First, q1Second) = Split(Mail("meeting-invitation", q["2027-Q1"]));
        AssertInvitations(q1First, q["2027-Q1"], "REQUEST", 0, new DateTime(2027, 2, 15, 10, 0, 0), new DateTime(2027, 2, 15, 9, 0, 0));
        AssertInvitations(q1Second, q["2027-Q1"], "REQUEST", 1, new DateTime(2027, 2, 18, 14, 0, 0), new DateTime(2027, 2, 18, 13, 0, 0));
        var (q2Request, q2Cancel) = Split(Mail("meeting-invitation", q["2027-Q2"]));
        AssertInvitations(q2Request, q["2027-Q2"], "REQUEST", 0, new DateTime(2027, 5, 20, 10, 0, 0), new DateTime(2027, 5, 20, 8, 0, 0));
        AssertInvitations(q2Cancel, q["2027-Q2"], "CANCEL", 1, new DateTime(2027, 5, 20, 10, 0, 0), new DateTime(2027, 5, 20, 8, 0, 0));
        Assert.All(q2Cancel, d => Assert.Equal("CANCELLED", Mails.Calendar(d).Events.Single().Status));
        AssertInvitations(Mail("meeting-invitation", q["2027-Q3"]), q["2027-Q3"], "REQUEST", 0, new DateTime(2027, 9, 14, 10, 0, 0), new DateTime(2027, 9, 14, 8, 0, 0));
        AssertInvitations(Mail("meeting-invitation", q["2027-Q4"]), q["2027-Q4"], "REQUEST", 0, new DateTime(2027, 11, 9, 10, 0, 0), new DateTime(2027, 11, 9, 9, 0, 0));

        // Q1's agenda: one item by link, one by email reply, both approved by the Steering Committee and circulated to all.
        await using (var db = world.OpenMeetings())
        {
            var items = await db.AgendaItems.Where(i => i.MeetingId == q["2027-Q1"] && i.BodyId == world.AllianceId).OrderBy(i => i.ProposedAt).ThenBy(i => i.Id).ToListAsync();
            Assert.Equal(["link", "email"], items.Select(i => i.Source));
            Assert.Equal("Suivi de l'amnistie des armes à feu", items[1].Title);
            var statuses = await db.Meetings.Where(m => m.BodyId == world.AllianceId && m.Kind == MeetingKinds.Consultation).OrderBy(m => m.Period).Select(m => m.Status).ToListAsync();
            Assert.Equal([MeetingStatuses.Closed, MeetingStatuses.Cancelled, MeetingStatuses.Closed, MeetingStatuses.Closed], statuses);
        }

        var circulated = Mail("agenda-circulated", q["2027-Q1"]);
        Assert.Equal(Participants, circulated.Count);
        Assert.Contains("1. Identification des victimes dans les ports\n2. Suivi de l'amnistie des armes à feu",
            circulated.Single(d => d.To == FocalPoint).Text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal([FocalPoint, FocalPoint, FocalPoint], Mail("consultation-summary").Where(d => q.ContainsValue(d.ScopeId!.Value)).Select(d => d.To));

        // Action items, 09:00 Paris: Q1's on 26 March (winter, 08:00 UTC), 1 April (summer, 07:00 UTC), overdue on 3 April;
        // Q4's on 13 November (winter again), then done on the 15th: no reminder the day before.
        Assert.Equal(
            [(Contact(8), Utc(2027, 3, 26, 8)), (Contact(8), Utc(2027, 4, 1, 7)), (Contact(9), Utc(2027, 11, 13, 8))],
            Mail("action-item-reminder").Select(d => (d.To, d.At)));
        Assert.Equal([(Contact(8), Utc(2027, 4, 3, 7))], Mail("action-item-overdue").Select(d => (d.To, d.At)));
    }

    private async Task SteeringCommitteeAsync()
    {
        await using var db = world.OpenMeetings();
        var meetings = await db.Meetings.Where(m => m.BodyId == world.AllianceId && m.Kind == MeetingKinds.SteeringCommittee).OrderBy(m => m.Period).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 12).Select(m => $"2027-{m:00}"), meetings.Select(m => m.Period));
        Assert.All(meetings, m => Assert.Equal(MeetingStatuses.Closed, m.Status));
        foreach (var meeting in meetings)
        {
            var month = int.Parse(meeting.Period[5..], System.Globalization.CultureInfo.InvariantCulture);
            var invitations = Mail("meeting-invitation", meeting.Id);
            var participants = await db.Participants.Where(p => p.MeetingId == meeting.Id).Select(p => p.Email + " " + p.Role).ToListAsync();
            Assert.True(Committee(month).SequenceEqual(invitations.Select(d => d.To).Order()),
                meeting.Period + ": " + string.Join(", ", invitations.Select(d => d.To).Order()) + "\nparticipants: " + string.Join(", ", participants));
            var start = Mails.Calendar(invitations[0]).Events.Single().DtStart!;
            Assert.Equal(("Europe/Paris", 18), (start.TzId, start.Hour));
            Assert.Equal(Paris(2027, month, 20, 18).UtcDateTime, start.AsUtc);
            Assert.Equal(Committee(month), Mail("consultation-summary", meeting.Id).Select(d => d.To).Order());
        }
    }

    private async Task VpiFollowUpAsync()
    {
        await using (var db = world.OpenFollowUp())
        {
            var rounds = await db.StatusRounds.Where(r => r.BodyId == world.AllianceId).OrderBy(r => r.Period).ToListAsync();
            Assert.Equal(Enumerable.Range(1, 12).Select(m => $"2027-{m:00}"), rounds.Select(r => r.Period));
            Assert.All(rounds, r => Assert.NotNull(r.ClosedAt));
            var p11 = await db.Commitments.SingleAsync(c => c.Key == "P1.1" && c.BodyId == world.AllianceId);
            Assert.Equal(6, await db.Timeline.CountAsync(t => t.CommitmentId == p11.Id && t.Source == UpdateSources.Email));
        }

        // Exactly one escalation, in May, for P2 at risk: once to each of the coordinator and the Steering Committee.
        var escalations = Mail(FollowUpCategories.Escalation);
        Assert.Equal(Committee(5), escalations.Select(d => d.To).Order());
        Assert.All(escalations, d => Assert.Equal(5, d.At.Month));
        Assert.Contains("P2", escalations[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("P1", escalations[0].Text, StringComparison.Ordinal);

        // A progress report each quarter, to the focal point and UNODC; the DOCX read back from the focal point's email.
        var reports = Mail(FollowUpCategories.ProgressReport);
        Assert.Equal([3, 3, 6, 6, 9, 9, 12, 12], reports.Select(d => d.At.Month));
        var toFocalPoint = reports.Where(d => d.To == FocalPoint).ToList();
        Assert.Equal(4, toFocalPoint.Count);
        Assert.Equal(4, reports.Count(d => d.To == AllianceHost.UnodcEmail));
        var quarters = toFocalPoint.Select(Facts).ToList();
        Assert.Equal("En bonne voie · Avancement : 24%", quarters[0]["P1"]);
        Assert.Equal("En bonne voie · Avancement : 45%", quarters[0]["P1.1"]); // by email: "On track, 45%"
        Assert.Equal("En bonne voie · Avancement : 30%", quarters[0]["P2"]);
        Assert.Equal("Réalisé · Avancement : 100%", quarters[1]["P1.1"]);
        Assert.Equal("En bonne voie · Avancement : 60%", quarters[1]["P2"]); // at risk in May, back on track in June
        Assert.Equal("Réalisé · Avancement : 100%", quarters[2]["P2"]);
        Assert.Equal("En bonne voie · Avancement : 96%", quarters[3]["P1"]);
    }

    /// <summary>The French report's "Responsable · Échéance · Statut · Avancement" line of each commitment, from "Statut", by key.</summary>
    private static Dictionary<string, string> Facts(Delivered report)
    {
        var paragraphs = Mails.DocxParagraphs(report);
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < paragraphs.Count - 1; i++)
        {
            var key = System.Text.RegularExpressions.Regex.Match(paragraphs[i], @"^(P[\d.]+)\. ");
            if (key.Success && paragraphs[i + 1].StartsWith("Responsable : ", StringComparison.Ordinal))
            {
                facts[key.Groups[1].Value] = paragraphs[i + 1][(paragraphs[i + 1].IndexOf("Statut : ", StringComparison.Ordinal) + "Statut : ".Length)..];
            }
        }

        return facts;
    }

    /// <summary>The per-body cron triggers started each instance at its local time: 09:00 Paris on the 1st, winter and summer.</summary>
    private async Task TriggersFiredAsync()
    {
        await using var workflow = world.OpenWorkflow();
        var started = await workflow.Instances.Where(i => i.BodyId == world.AllianceId && i.StartedBy.StartsWith("trigger:"))
            .Select(i => new { i.DefinitionId, i.CreatedAt }).ToListAsync();
        List<DateTimeOffset> Of(string definition) => [.. started.Where(i => i.DefinitionId == definition).Select(i => i.CreatedAt.ToUniversalTime()).Order()];
        var monthly = Enumerable.Range(1, 12).Select(m => Paris(2027, m, 1, 9)).ToList();
        Assert.Equal(monthly, Of("steering-committee-meeting"));
        Assert.Equal(monthly, Of("vpi-follow-up"));
        Assert.Equal([Utc(2027, 1, 1, 8), Utc(2027, 4, 1, 7), Utc(2027, 7, 1, 7), Utc(2027, 10, 1, 7)], Of("quarterly-consultation"));
        Assert.Contains(Utc(2027, 7, 3, 4), Of("secretariat-renewal")); // 06:00 Paris, 60 days before the term's end: the renewal opens
    }

    private async Task PlanAsync()
    {
        await using (var db = world.OpenFollowUp())
        {
            var plan = await db.Plans.SingleAsync(p => p.BodyId == world.AllianceId);
            Assert.Equal(PlanStatuses.Approved, plan.Status);
            Assert.Equal(3, await db.PlanActivities.CountAsync(a => a.PlanId == plan.Id && a.Status == "scheduled"));
        }

        var approved = Mail(FollowUpCategories.PlanApproved);
        Assert.Equal(Committee(1), approved.Select(d => d.To).Order());
        var calendar = IcalCalendar.Load(Encoding.UTF8.GetString(Mails.Attachment(approved[0], ".ics")))!;
        var events = calendar.Events.OrderBy(e => e.DtStart!.AsUtc).ToList();
        Assert.Equal(3, events.Count);
        Assert.Equal(("Europe/Paris", new DateTime(2027, 4, 6, 7, 0, 0, DateTimeKind.Utc)), (events[0].DtStart!.TzId, events[0].DtStart!.AsUtc));

        // 14 and 2 days before each activity, 09:00 Paris: the first pair straddles the change to summer time.
        Assert.Equal(
            [(Contact(4), Utc(2027, 3, 23, 8)), (Contact(4), Utc(2027, 4, 4, 7)), (Contact(6), Utc(2027, 6, 1, 7)), (Contact(6), Utc(2027, 6, 13, 7)),
             (Contact(3), Utc(2027, 11, 16, 8)), (Contact(3), Utc(2027, 11, 28, 8))],
            Mail(FollowUpCategories.ActivityReminder).Select(d => (d.To, d.At)));
    }

    private async Task RenewalAsync()
    {
        // Reminders to the Steering Committee 60, 30 and 7 days before 1 September, 09:00 Paris (summer: 07:00 UTC).
        var reminders = Mail("secretariat-renewal-reminder");
        Assert.Equal([Utc(2027, 7, 3, 7), Utc(2027, 8, 2, 7), Utc(2027, 8, 25, 7)], reminders.Select(d => d.At).Distinct());
        Assert.All(reminders.GroupBy(d => d.At), g => Assert.Equal(Committee(1), g.Select(d => d.To).Order()));
        Assert.Equal(Members, Mail("secretariat-interest-call").Count);
        Assert.Equal(Members, Mail("secretariat-decision-announced").Count);
        Assert.Empty(Mail("secretariat-renewal-escalation"));
        await using (var db = world.OpenSecretariat())
        {
            Assert.Equal(2, await db.Interests.CountAsync(i => i.BodyId == world.AllianceId));
        }

        // The term and the coordinator handed over to organisation 5 on the old term's end, history kept.
        await using var domain = world.OpenDomain();
        var body = await domain.Bodies.Include(b => b.Roles).Include(b => b.SecretariatTerms).SingleAsync(b => b.Id == world.AllianceId);
        Assert.Equal(
            [(world.Organisations[0].Id, TermStart), (world.Organisations[4].Id, TermEnd)],
            body.SecretariatTerms.OrderBy(t => t.StartsOn).Select(t => (t.OrganisationId, t.StartsOn)));
        var coordinators = body.Roles.Where(r => r.Kind == RoleKind.Coordinator).OrderBy(r => r.StartsOn).ToList();

        Assert.Equal(
            [(world.Organisations[0].Contacts[0].Id, (DateOnly?)TermEnd), (world.Organisations[4].Contacts[0].Id, null)],
            coordinators.Select(r => (r.ContactId!.Value, r.EndsOn)));
    }

    private async Task NothingSentTwiceAndNothingFailedAsync()
    {
        // The trigger job run once more, and December's status round started again by hand, send nothing.
        var sent = world.Mail.Count;
        await world.StartDueTriggersAsync();
        await world.Get<IWorkflowRuntime>().StartAsync("vpi-follow-up", new Dictionary<string, object?> { ["bodyCode"] = AllianceWorld.Alliance, ["period"] = "2027-12" }, "again:2027-12", None);
        await world.SettleAsync();
        Assert.Equal(sent, world.Mail.Count);
        await using var email = world.OpenEmail();
        var retried = await email.Outbox.Where(o => o.LastError != null || o.Attempts > 1 || o.Status != "sent")
            .Select(o => o.Category + " " + o.Status + " " + o.Attempts + " " + o.CreatedAt + " " + o.NextAttemptAt + " " + o.ClaimedUntil + " " + o.LastError).ToListAsync();
        output.WriteLine($"emails with a failed attempt or not sent: {retried.Count}\n" + string.Join("\n", retried));
        var rows = await email.Outbox.CountAsync();
        Assert.Equal(rows, await email.Outbox.Select(o => o.IdempotencyKey).Distinct().CountAsync());
        Assert.Equal(rows, world.Smtp.Received.Count);
        Assert.Equal(rows, world.Smtp.Received.Select(r => r.Message.MessageId).Distinct().Count());
        Assert.Equal(rows, world.Mail.Count);
        var repeated = world.Mail.GroupBy(d => (d.To, d.Subject, d.Text)).Where(g => g.Count() > 1).Select(g => g.Key.To + ": " + g.Key.Subject).ToList();
        Assert.True(repeated.Count == 0, "Sent twice:\n" + string.Join("\n", repeated));

        await using var workflow = world.OpenWorkflow();
        var instances = await workflow.Instances.GroupBy(i => new { i.DefinitionId, i.Status }).Select(g => new { g.Key.DefinitionId, g.Key.Status, Count = g.Count() }).ToListAsync();
        var summary = string.Join("\n", instances.Select(i => $"{i.DefinitionId} {i.Status} {i.Count}"));
        output.WriteLine(summary);
        Assert.Empty(await email.Outbox.Where(o => o.Status != "sent").Select(o => o.Category + " " + o.Status).ToListAsync());
        Assert.DoesNotContain(instances, i => i.Status is InstanceStatus.Faulted or InstanceStatus.Running or InstanceStatus.Waiting);
        Assert.Empty(await workflow.Incidents.Where(i => i.ResolvedAt == null).Select(i => i.StepId + ": " + i.Error).ToListAsync());
        Assert.True(world.Stops < 2000, world.Stops + " stops\n" + summary);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /// <summary>The coordinator (organisation 1, then 5 from the handover on 1 September) and the Steering Committee (2–4).</summary>
    private static IEnumerable<string> Committee(int month) => new[] { month < 9 ? 1 : 5, 2, 3, 4 }.Select(Contact).Order();

    private static IEnumerable<string> Owners(int month) => (month switch { <= 6 => new[] { 5, 6, 7 }, <= 9 => [5, 7], _ => [5] }).Select(Contact).Order();

    private static DateTimeOffset Utc(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);

    private static MinutesFile Minutes(string period) => new($"minutes-{period}.txt", "text/plain", Encoding.UTF8.GetBytes($"Compte rendu {period}."));

    private List<Delivered> Mail(string category, Guid? scope = null) =>
        [.. world.Mail.Where(d => d.Category == category && (scope is null || d.ScopeId == scope))];

    private Task<Guid> ConsultationAsync(string period) => MeetingAsync(MeetingKinds.Consultation, period);

    private async Task<Guid> MeetingAsync(string kind, string period)
    {
        await using var db = world.OpenMeetings();
        return await db.Meetings.Where(m => m.BodyId == world.AllianceId && m.Kind == kind && m.Period == period).Select(m => m.Id).SingleAsync();
    }

    /// <summary>Invitations sent in two waves (first and update, or request and cancel), by the time they were queued.</summary>
    private static (List<Delivered> First, List<Delivered> Second) Split(List<Delivered> invitations)
    {
        var times = invitations.Select(d => d.At).Distinct().Order().ToList();
        Assert.True(times.Count == 2, string.Join(", ", times));
        return ([.. invitations.Where(d => d.At == times[0])], [.. invitations.Where(d => d.At == times[1])]);
    }

    private static void AssertInvitations(List<Delivered> invitations, Guid meetingId, string method, int sequence, DateTime local, DateTime utc)
    {
        Assert.Equal(Enumerable.Range(1, Members).Select(Contact).Append(FocalPoint).Order(), invitations.Select(d => d.To).Order());
        foreach (var invitation in invitations)
        {
            var calendar = Mails.Calendar(invitation);
            Assert.Equal(method, calendar.Method);
            Assert.Equal("Europe/Paris", Assert.Single(calendar.TimeZones).TzId);
            var meeting = Assert.Single(calendar.Events);
            Assert.Equal((sequence, $"meeting-{meetingId:D}@review4u"), (meeting.Sequence, meeting.Uid));
            Assert.Equal(("Europe/Paris", local), (meeting.DtStart!.TzId, meeting.DtStart.Value));
            Assert.Equal(DateTime.SpecifyKind(utc, DateTimeKind.Utc), meeting.DtStart.AsUtc);
            Assert.Equal(Participants, meeting.Attendees.Count);
        }
    }
}
