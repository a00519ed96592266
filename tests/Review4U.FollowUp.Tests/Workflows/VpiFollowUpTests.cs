using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Review4U.Email.Data;
using Review4U.Email.Inbound;
using Review4U.FollowUp.Emails;
using Review4U.FollowUp.Import;
using Review4U.FollowUp.Model;
using Review4U.FollowUp.Status;
using Review4U.FollowUp.Tests.Support;
using Review4U.Workflows.Runtime;

namespace Review4U.FollowUp.Tests.Workflows;

/// <summary>
/// The shipped vpi-follow-up workflow over a whole year for NACSA-KE on a fake clock: twelve monthly status rounds
/// answered by link and by email reply, reminders, one at-risk and one overdue item escalated once each, four
/// quarterly progress reports read back, and nothing sent twice.
/// </summary>
public sealed class VpiFollowUpTests : IAsyncLifetime
{
    private const string Priorities = """
        commitments:
          - key: P1
            title: National referral mechanism for victims of trafficking
            owner: contact05@org05.example
            due: 2027-12-31
            area: trafficking-in-persons
            indicators:
              - { name: Counties with a referral focal point, baseline: "3", target: "47" }
            items:
              - key: P1.1
                title: Standard operating procedures adopted
                owner: contact06@org06.example
                due: 2027-06-30
          - key: P2
            title: Civil society seat in the national coordination body
            owner: contact07@org07.example
            due: 2027-09-30
            area: government-coordination
          - key: P3
            title: Publish annual organized crime statistics
            owner: contact08@org08.example
            due: 2027-04-30
        """;

    private static readonly CancellationToken None = CancellationToken.None;
    private FollowUpWorld world = null!;

    public async Task InitializeAsync() => world = await FollowUpWorld.CreateAsync(new DateTimeOffset(2027, 1, 1, 5, 0, 0, TimeSpan.Zero));

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task VpiFollowUp_RequestsRemindsEscalatesAndReportsOverAYear_WhenRunMonthlyByTheEngine()
    {
        var imported = await world.Get<CommitmentImporter>().ImportAsync("kenya-vpi.yaml", new StringReader(Priorities), "NACSA-KE", dryRun: false, None);
        Assert.True(imported.Succeeded, string.Join("\n", imported.Problems));
        Assert.Equal(4, imported.Created);

        var escalated = new Dictionary<int, string>();
        var reports = new List<Delivered>();
        for (var month = 1; month <= 12; month++)
        {
            var opening = new DateTimeOffset(2027, month, 1, 6, 0, 0, TimeSpan.Zero); // 09:00 in Nairobi
            await world.AdvanceToAsync(opening);
            await world.StartDueTriggersAsync(); // the shipped per-body monthly trigger, 09:00 in the alliance's zone
            var requests = await world.DeliverAsync();
            Assert.All(requests, d => Assert.Equal(FollowUpCategories.StatusRequest, d.Category));
            Assert.Equal(ExpectedOwners(month), requests.Select(d => d.To).Order().ToArray());

            await world.AdvanceToAsync(opening.AddDays(2));
            await AnswerAsync(month, requests);
            await world.RunEngineAsync();
            // When every owner has answered, the round closes at once (escalation and report included); else at the deadline.
            var afterAnswers = await world.DeliverAsync();
            Assert.Equal(month <= 6 ? [FollowUpWorld.Contact(6)] : [], afterAnswers.Where(d => d.Category == "reply-acknowledgement").Select(d => d.To).ToArray());

            await world.AdvanceToAsync(opening.AddDays(7));
            var reminders = await world.DeliverAsync();
            Assert.All(reminders, d => Assert.Equal(FollowUpCategories.StatusReminder, d.Category));
            Assert.Equal(month is 4 or 5 ? [FollowUpWorld.Contact(8)] : [], reminders.Select(d => d.To).ToArray());

            await world.AdvanceToAsync(opening.AddDays(14));
            var closing = afterAnswers.Where(d => d.Category != "reply-acknowledgement").Concat(await world.DeliverAsync()).ToList();
            var escalations = closing.Where(d => d.Category == FollowUpCategories.Escalation).ToList();
            if (escalations.Count > 0)
            {
                Assert.Equal([FollowUpWorld.Contact(1), FollowUpWorld.Contact(2), FollowUpWorld.Contact(3), FollowUpWorld.Contact(4)], escalations.Select(d => d.To).Order().ToArray());
                escalated[month] = escalations.Single(d => d.To == FollowUpWorld.Contact(1)).Email.Message.TextBody!;
            }

            reports.AddRange(closing.Where(d => d.Category == FollowUpCategories.ProgressReport));
            Assert.Equal(escalations.Count + closing.Count(d => d.Category == FollowUpCategories.ProgressReport), closing.Count);
            await using var db = world.OpenFollowUp();
            var round = await db.StatusRounds.SingleAsync(r => r.Period == $"2027-{month:00}");
            Assert.NotNull(round.ClosedAt);
            var details = await world.Get<IWorkflowInstanceQueries>().GetAsync(round.WorkflowInstanceId!.Value, None);
            Assert.Equal(InstanceStatus.Completed, details!.Summary.Status);
        }

        // One at-risk item (P2 in April) and one overdue item (P3 in May), each escalated once.
        Assert.Equal([4, 5], escalated.Keys.Order().ToArray());
        Assert.Contains("P2 Civil society seat in the national coordination body (Organisation 07): at-risk", escalated[4], StringComparison.Ordinal);
        Assert.DoesNotContain("P3", escalated[4], StringComparison.Ordinal);
        Assert.Contains("P3 Publish annual organized crime statistics (Organisation 08): on-track, overdue since 2027-04-30", escalated[5], StringComparison.Ordinal);
        Assert.DoesNotContain("P2", escalated[5], StringComparison.Ordinal);

        // Four quarterly reports, each to the focal point and UNODC, DOCX and HTML attached, read back.
        Assert.Equal(8, reports.Count);
        Assert.Equal(4, reports.Count(d => d.To == FollowUpWorld.FocalPointEmail));
        Assert.Equal(4, reports.Count(d => d.To == FollowUpWorld.UnodcEmail));
        var byQuarter = reports.Where(d => d.To == FollowUpWorld.FocalPointEmail).Select(d => Facts(d)).ToList();
        Assert.Equal("Status: On track · Progress: 24%", byQuarter[0]["P1"]);
        Assert.Equal("Status: On track · Progress: 45%", byQuarter[0]["P1.1"]);
        Assert.Equal("Status: On track · Progress: 60%", byQuarter[0]["P3"]);
        Assert.Equal("Status: Done · Progress: 100%", byQuarter[1]["P1.1"]);
        Assert.Equal("Status: Done · Progress: 100%", byQuarter[1]["P3"]);
        Assert.Equal("Status: On track · Progress: 45%", byQuarter[1]["P2"]);
        Assert.Equal("Status: Done · Progress: 100%", byQuarter[2]["P2"]);
        Assert.Equal("Status: On track · Progress: 96%", byQuarter[3]["P1"]);

        // Nothing sent twice: starting a month again (by hand) adds nothing, and no two emails share recipient and subject.
        await world.Get<IWorkflowRuntime>().StartAsync("vpi-follow-up", new Dictionary<string, object?> { ["bodyCode"] = "NACSA-KE", ["period"] = "2027-12" }, "vpi:NACSA-KE:2027-12", None);
        await world.RunEngineAsync();
        Assert.Empty(await world.DeliverMailAsync());
        Assert.Equal(world.Smtp.Received.Count, world.Smtp.Received.Select(r => (r.EnvelopeTo[0], r.Message.Subject)).Distinct().Count());
        await using var email = new EmailDbContext(EmailDatabase.Options(world.Database.ConnectionString));
        Assert.Equal(world.Smtp.Received.Count, await email.Outbox.CountAsync());

        // Every answer is one timeline entry; P1.1's came by email.
        await using var followUp = world.OpenFollowUp();
        var p11 = await followUp.Commitments.SingleAsync(c => c.Key == "P1.1");
        Assert.Equal(6, await followUp.Timeline.CountAsync(t => t.CommitmentId == p11.Id && t.Source == UpdateSources.Email));
        Assert.Equal("The Cabinet adopted the SOPs.", p11.LastNote);
    }

    private static string[] ExpectedOwners(int month) => (month switch
    {
        <= 6 => new[] { 5, 6, 7, 8 },
        <= 9 => [5, 7],
        _ => [5],
    }).Select(FollowUpWorld.Contact).Order().ToArray();

    private async Task AnswerAsync(int month, IReadOnlyList<Delivered> requests)
    {
        var answers = world.Get<StatusAnswers>();
        string Token(int contact) => FollowUpWorld.StatusToken(requests.Single(d => d.To == FollowUpWorld.Contact(contact)).Email);
        async Task ByLink(int contact, string status, int progress, string note)
        {
            var result = await answers.SubmitAsync(Token(contact), new StatusUpdate(status, progress, note), None);
            Assert.True(result.Succeeded, result.Message);
        }

        await ByLink(5, CommitmentStatuses.OnTrack, 8 * month, $"Month {month}: referral desks opened in more counties.");
        if (month <= 6)
        {
            var text = month < 6 ? $"On track, {15 * month}% - the SOP drafting continues." : "Done. The Cabinet adopted the SOPs.";
            Assert.Equal(InboundOutcome.Handled, await world.ReplyAsync(requests.Single(d => d.To == FollowUpWorld.Contact(6)).Email, text));
        }

        if (month <= 9)
        {
            var (status, progress, note) = month switch
            {
                4 => (CommitmentStatuses.AtRisk, 35, "The decree is delayed by the ministry."),
                9 => (CommitmentStatuses.Done, 100, "The seat was formally created."),
                _ => (CommitmentStatuses.OnTrack, month < 4 ? 10 * month : 40 + (5 * (month - 5)), "Consultations with the ministry continue."),
            };
            await ByLink(7, status, progress, note);
        }

        if (month <= 3)
        {
            await ByLink(8, CommitmentStatuses.OnTrack, 20 * month, "Data collection under way.");
        }
        else if (month == 6)
        {
            await ByLink(8, CommitmentStatuses.Done, 100, "Statistics published.");
        }
    }

    /// <summary>The "Owner · Due · Status · Progress" line of each commitment in the report, by key.</summary>
    private static Dictionary<string, string> Facts(Delivered report)
    {
        var attachment = report.Email.Message.Attachments.OfType<MimeKit.MimePart>().Single(a => a.FileName!.EndsWith(".docx", StringComparison.Ordinal));
        using var stream = new MemoryStream();
        attachment.Content!.DecodeTo(stream);
        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < paragraphs.Count - 1; i++)
        {
            var match = System.Text.RegularExpressions.Regex.Match(paragraphs[i], @"^(P[\d.]+)\. ");
            if (match.Success && paragraphs[i + 1].StartsWith("Owner: ", StringComparison.Ordinal))
            {
                facts[match.Groups[1].Value] = paragraphs[i + 1][(paragraphs[i + 1].IndexOf("Status: ", StringComparison.Ordinal))..];
            }
        }

        return facts;
    }
}
