using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Review4U.Data.Modules;
using Review4U.Email.Data;
using Review4U.Email.Inbound;
using Review4U.Rounds.Answers;
using Review4U.Rounds.Compilation;
using Review4U.Rounds.Coordination;
using Review4U.Rounds.Data;
using Review4U.Rounds.Delivery;
using Review4U.Rounds.Launch;
using Review4U.Rounds.Model;
using Review4U.Rounds.Review;
using Review4U.Rounds.Tests.Support;
using Review4U.TestKit.Smtp;
using Review4U.Workflows.Runtime;

namespace Review4U.Rounds.Tests.Rounds;

/// <summary>The shipped contribution-round workflow, end to end on the engine, a fake clock, real PostgreSQL and SMTP.</summary>
public sealed class ContributionRoundTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private RoundsWorld world = null!;

    public async Task InitializeAsync() => world = await RoundsWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task ContributionRound_CollectsRemindsEscalatesReviewsDeliversAndCloses_WhenRunByTheEngine()
    {
        var deadline = RoundsWorld.Start.AddDays(14);
        var request = new RoundLaunchRequest { BodyCode = "NACSA-KE", QuestionnaireId = "untoc-sample", Deadline = deadline, Quorum = 2, IdempotencyKey = "ke-2026-q1" };
        var launched = await world.Get<RoundLauncher>().LaunchAsync(request, None);
        var again = await world.Get<RoundLauncher>().LaunchAsync(request, None);
        Assert.True(launched.Created);
        Assert.False(again.Created);
        Assert.Equal(launched.RoundId, again.RoundId);
        var roundId = launched.RoundId;

        // Fan-out: one task and one invitation per organisation, from one step execution.
        await world.RunEngineAsync();
        var invitations = await world.DeliverMailAsync();
        Assert.Equal(30, invitations.Count);
        await using (var db = world.OpenRounds())
        {
            Assert.Equal(30, await db.Tasks.CountAsync(t => t.RoundId == roundId && t.BodyId == world.BodyId));
        }

        var links = invitations.ToDictionary(e => e.EnvelopeTo[0], RoundsWorld.TaskLink);
        var answers = world.Get<TaskAnswers>();
        string Link(int n) => links[$"contact{n:00}@org{n:00}.example"].Token;
        var byLink = Enumerable.Range(1, 24).Where(n => n != 7).ToList();
        foreach (var n in byLink)
        {
            var result = await answers.SaveAsync(roundId, Link(n), [new AnswerInput("c1", $"Answer of organisation {n:00} on participation offences.", [])], submit: true, None);
            Assert.True(result.Succeeded, result.Message);
        }

        // org-07 forwards to a colleague, who answers with their own link.
        Assert.True((await answers.ForwardAsync(roundId, Link(7), "colleague07@org07.example", None)).Succeeded);
        var forwarded = Assert.Single(await world.DeliverMailAsync());
        Assert.Equal("colleague07@org07.example", forwarded.EnvelopeTo[0]);
        Assert.True((await answers.SaveAsync(roundId, RoundsWorld.TaskLink(forwarded).Token, [new AnswerInput("c1", "The colleague's answer for organisation 07.", [])], true, None)).Succeeded);

        // org-25 answers by email reply, the real way: SMTP to the reply mailbox (smtp4dev), read over IMAP, matched to its invitation.
        var invitation25 = invitations.Single(e => e.EnvelopeTo[0] == "contact25@org25.example");
        var reply = await ReplyByEmailAsync(invitation25, "Answered by email reply.");
        var afterReply = await world.DeliverMailAsync();
        Assert.Contains(afterReply, e => e.EnvelopeTo[0] == "contact25@org25.example"); // the acknowledgement of the reply
        await using (var email = new EmailDbContext(EmailDatabase.Options(world.Database.ConnectionString)))
        {
            var inbound = await email.Inbound.AsNoTracking().SingleAsync(r => r.MessageId == reply.MessageId);
            Assert.Equal(("handled", "plus-address"), (inbound.Status, inbound.MatchedBy));
        }

        Assert.True((await answers.DeclineAsync(roundId, Link(26), "No capacity this quarter", None)).Succeeded);
        Assert.True((await answers.SaveAsync(roundId, Link(27), [new AnswerInput("c1", "Draft of 27", [])], false, None)).Succeeded);
        await world.RunEngineAsync();

        // 7 days before: reminders to the four open tasks (27 has a draft; 28, 29, 30 nothing).
        await world.AdvanceToAsync(deadline.AddDays(-7));
        var reminders = await world.DeliverMailAsync();
        Assert.Equal(["contact27@org27.example", "contact28@org28.example", "contact29@org29.example", "contact30@org30.example"],
            reminders.Select(e => e.EnvelopeTo[0]).Order().ToArray());
        Assert.All(reminders, e => Assert.NotNull(e.Message.Headers["List-Unsubscribe"]));

        // The coordinator extends the deadline by a week: nothing escalates at the old deadline.
        var extended = deadline.AddDays(7);
        await world.Get<RoundCoordinator>().ExtendAsync(roundId, extended, None);
        await world.RunEngineAsync();
        await world.AdvanceToAsync(deadline.AddHours(1));
        // At the old deadline the new cadence's 7-day reminder goes out instead: no escalation to the lead or coordinator.
        var atOldDeadline = await world.DeliverMailAsync();
        Assert.Equal(["contact27@org27.example", "contact28@org28.example", "contact29@org29.example", "contact30@org30.example"],
            atOldDeadline.Select(e => e.EnvelopeTo[0]).Order().ToArray());
        await using (var db = world.OpenRounds())
        {
            Assert.Equal(RoundStatuses.Collecting, (await db.Rounds.SingleAsync(r => r.Id == roundId)).Status);
        }

        Assert.True((await answers.SaveAsync(roundId, Link(27), [new AnswerInput("c1", "Final answer of 27", [])], true, None)).Succeeded);
        Assert.True((await answers.SaveAsync(roundId, Link(28), [new AnswerInput("c1", "Answer of 28", [])], true, None)).Succeeded);
        await world.RunEngineAsync();

        // 2 days before the new deadline: only the two late ones are reminded.
        await world.AdvanceToAsync(extended.AddDays(-2));
        var late = await world.DeliverMailAsync();
        Assert.Equal(["contact29@org29.example", "contact30@org30.example"], late.Select(e => e.EnvelopeTo[0]).Order().ToArray());

        // The new deadline: escalation to the working-group lead (org-05) and the coordinator (org-01), then review opens:
        // each reviewer (the coordinator and three Steering Committee members) gets the draft and a link to the review page.
        await world.AdvanceToAsync(extended);
        var atDeadline = await world.DeliverMailAsync();
        var reviewRequests = atDeadline.Where(e => e.Message.Attachments.Any()).ToDictionary(e => e.EnvelopeTo[0]);
        var escalations = atDeadline.Except(reviewRequests.Values).ToList();
        Assert.Equal(4, escalations.Count);
        Assert.Equal(["contact01@org01.example", "contact05@org05.example"], escalations.Select(e => e.EnvelopeTo[0]).Distinct().Order().ToArray());
        Assert.Equal(["contact01@org01.example", "contact02@org02.example", "contact03@org03.example", "contact04@org04.example"], reviewRequests.Keys.Order().ToArray());

        var reviews = world.Get<ReviewerActions>();
        string Review(int n) => RoundsWorld.ReviewLink(reviewRequests[$"contact{n:00}@org{n:00}.example"]).Token;
        Assert.True((await reviews.CommentAsync(roundId, Review(1), "Please check question c2's wording.", "c2", None)).Succeeded);
        Assert.True((await reviews.DecideAsync(roundId, Review(1), ReviewDecisionKinds.Approve, null, None)).Succeeded);
        await world.RunEngineAsync();
        await using (var db = world.OpenRounds())
        {
            Assert.Equal(RoundStatuses.Review, (await db.Rounds.SingleAsync(r => r.Id == roundId)).Status); // 1 of 2 approvals
        }

        Assert.True((await reviews.DecideAsync(roundId, Review(3), ReviewDecisionKinds.Approve, "Bon pour envoi.", None)).Succeeded);

        // Approved by quorum: compile and deliver to the government focal point, DOCX attached.
        await world.RunEngineAsync();
        var delivery = Assert.Single(await world.DeliverMailAsync());
        Assert.Equal("focal.point@interior.go.example", delivery.EnvelopeTo[0]);
        var attachment = Assert.Single(delivery.Message.Attachments.OfType<MimeKit.MimePart>());
        Assert.EndsWith(".docx", attachment.FileName, StringComparison.Ordinal);
        using var docx = new MemoryStream();
        await attachment.Content!.DecodeToAsync(docx);
        AssertDocument(docx);

        // Identical answers give a byte-identical document.
        await using (var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(world.Database.ConnectionString, None))
        {
            var first = await tx.Rounds.Documents.AsNoTracking().SingleAsync(d => d.RoundId == roundId && d.Kind == SubmissionCompiler.Docx);
            var again2 = await world.Get<SubmissionCompiler>().CompileAsync(tx, roundId, world.Clock.GetUtcNow().AddDays(1), None);
            Assert.Equal(first.Sha256, again2.Sha256);
            Assert.Equal(first.Content, docx.ToArray());
        }

        // No acknowledgement after a week: one reminder with a fresh link; then the acknowledgement closes the round.
        await world.AdvanceToAsync(world.Clock.GetUtcNow().AddDays(7));
        var ackReminder = Assert.Single(await world.DeliverMailAsync());
        Assert.Equal("focal.point@interior.go.example", ackReminder.EnvelopeTo[0]);
        Assert.NotEqual(RoundsWorld.AcknowledgeToken(delivery), RoundsWorld.AcknowledgeToken(ackReminder));
        await world.AdvanceToAsync(world.Clock.GetUtcNow().AddDays(30));
        Assert.Empty(await world.DeliverMailAsync());
        Assert.True(await world.Get<SubmissionDelivery>().AcknowledgeAsync(RoundsWorld.AcknowledgeToken(ackReminder), None));
        await world.RunEngineAsync();
        await using (var db = world.OpenRounds())
        {
            var round = await db.Rounds.SingleAsync(r => r.Id == roundId);
            Assert.Equal(RoundStatuses.Closed, round.Status);
            Assert.NotNull((await db.Deliveries.SingleAsync(d => d.RoundId == roundId)).AcknowledgedAt);
            var instance = await world.Get<IWorkflowInstanceQueries>().GetAsync(round.WorkflowInstanceId!.Value, None);
            Assert.Equal(InstanceStatus.Completed, instance!.Summary.Status);
        }
    }

    [Fact]
    public async Task ContributionRound_ClosesWithoutDelivery_WhenTheReviewCannotReachItsQuorum()
    {
        var launched = await world.Get<RoundLauncher>().LaunchAsync(
            new RoundLaunchRequest { BodyCode = "NACSA-KE", QuestionnaireId = "untoc-sample", Deadline = RoundsWorld.Start.AddDays(14), Quorum = 2 }, None);
        await world.RunEngineAsync();
        await world.Get<RoundCoordinator>().CloseEarlyAsync(launched.RoundId, None);
        await world.RunEngineAsync();
        await using var db = world.OpenRounds();
        var reviewers = await db.ReviewTasks.Where(r => r.RoundId == launched.RoundId).OrderBy(r => r.Email).ToListAsync();
        var board = world.Get<ReviewBoard>();
        await board.DecideAsync(reviewers[0].Id, ReviewDecisionKinds.Reject, null, null, None);
        await board.DecideAsync(reviewers[1].Id, ReviewDecisionKinds.Reject, null, null, None);
        Assert.Equal(ReviewOutcome.Rejected, (await board.DecideAsync(reviewers[2].Id, ReviewDecisionKinds.Reject, null, null, None)).Decision);

        await world.RunEngineAsync();

        Assert.Equal(RoundStatuses.Closed, (await db.Rounds.AsNoTracking().SingleAsync(r => r.Id == launched.RoundId)).Status);
        Assert.False(await db.Deliveries.AnyAsync(d => d.RoundId == launched.RoundId));
        var instance = await world.Get<IWorkflowInstanceQueries>().GetAsync(launched.WorkflowInstanceId!.Value, None);
        Assert.Equal(InstanceStatus.Completed, instance!.Summary.Status);
    }

    [Fact]
    public async Task ContributionRound_RemindsUndecidedReviewersOnce_BeforeTheReviewDeadline()
    {
        var launched = await world.Get<RoundLauncher>().LaunchAsync(new RoundLaunchRequest
        {
            BodyCode = "NACSA-KE", QuestionnaireId = "untoc-sample", Deadline = RoundsWorld.Start.AddDays(14), Quorum = 3, ReviewDays = 5,
        }, None);
        await world.RunEngineAsync();
        await world.DeliverMailAsync();
        await world.Get<RoundCoordinator>().CloseEarlyAsync(launched.RoundId, None);
        await world.RunEngineAsync();
        var opened = world.Clock.GetUtcNow();
        var requests = (await world.DeliverMailAsync()).Where(e => e.Message.Attachments.Any()).ToDictionary(e => e.EnvelopeTo[0]);
        Assert.Equal(4, requests.Count);
        var reviews = world.Get<ReviewerActions>();
        Assert.True((await reviews.DecideAsync(launched.RoundId, RoundsWorld.ReviewLink(requests["contact02@org02.example"]).Token, ReviewDecisionKinds.Approve, null, None)).Succeeded);
        Assert.True((await reviews.CommentAsync(launched.RoundId, RoundsWorld.ReviewLink(requests["contact03@org03.example"]).Token, "Reading it.", null, None)).Succeeded);
        await world.RunEngineAsync();

        await world.AdvanceToAsync(opened.AddDays(3).AddMinutes(-1));
        Assert.Empty(await world.DeliverMailAsync());
        await world.AdvanceToAsync(opened.AddDays(3)); // 2 days before the review deadline
        var reminders = await world.DeliverMailAsync();
        Assert.Equal(["contact01@org01.example", "contact03@org03.example", "contact04@org04.example"], reminders.Select(e => e.EnvelopeTo[0]).Order().ToArray());
        Assert.StartsWith("Rappel", reminders.Single(e => e.EnvelopeTo[0] == "contact03@org03.example").Message.Subject, StringComparison.Ordinal);
        Assert.StartsWith("Reminder", reminders.Single(e => e.EnvelopeTo[0] == "contact01@org01.example").Message.Subject, StringComparison.Ordinal);
        Assert.All(reminders, e => Assert.Single(e.Message.Attachments));

        // A later vote wakes the step again: nobody is reminded twice.
        Assert.True((await reviews.DecideAsync(launched.RoundId, RoundsWorld.ReviewLink(reminders.First(e => e.EnvelopeTo[0] == "contact01@org01.example")).Token, ReviewDecisionKinds.Approve, null, None)).Succeeded);
        await world.AdvanceToAsync(opened.AddDays(4));
        Assert.Empty(await world.DeliverMailAsync());
        await using var db = world.OpenRounds();
        Assert.Equal(opened.AddDays(5), (await db.Rounds.SingleAsync(r => r.Id == launched.RoundId)).ReviewDeadline);
        Assert.Equal(RoundStatuses.Review, (await db.Rounds.SingleAsync(r => r.Id == launched.RoundId)).Status);
    }

    private static void AssertDocument(MemoryStream docx)
    {
        docx.Position = 0;
        using var document = WordprocessingDocument.Open(docx, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains(paragraphs, p => p.Contains("Criminalization and jurisdiction", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("Prevention and protection of victims", StringComparison.Ordinal));
        Assert.Contains("Organisation 01", paragraphs);
        Assert.Contains("Answer of organisation 01 on participation offences.", paragraphs);
        Assert.Contains("The colleague's answer for organisation 07.", paragraphs);
        Assert.Contains("Answered by email reply.", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains("Draft of 27", StringComparison.Ordinal));

        var rows = body.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Contains(rows, r => r[0] == "Organisation 26" && r[2] == "Declined: No capacity this quarter");
        Assert.Contains(rows, r => r[0] == "Organisation 29" && r[2] == "No response");
        Assert.Equal(27, rows.Count(r => r.Count == 5 && r[2] == "Answered"));
    }

    /// <summary>
    /// Replies to <paramref name="received"/> as its recipient would: to its Reply-To (the plus-address carrying the
    /// reply token), through smtp4dev's SMTP; then reads the mailbox over IMAP until the reply is recorded.
    /// </summary>
    private async Task<MimeMessage> ReplyByEmailAsync(ReceivedEmail received, string text)
    {
        await Smtp4Dev.EnsureRunningAsync();
        await using var mailbox = await Smtp4Dev.LeaseMailboxAsync(); // no other test's IMAP reader meanwhile
        var original = received.Message;
        var reply = new MimeMessage { Subject = "Re: " + original.Subject, MessageId = $"{Guid.NewGuid():N}@org.example", InReplyTo = original.MessageId };
        reply.From.Add(MailboxAddress.Parse(received.EnvelopeTo[0]));
        reply.To.AddRange(original.ReplyTo.Mailboxes);
        reply.References.Add(original.MessageId!);
        reply.Body = new TextPart("plain") { Text = $"{text}\n\nOn 2 March 2026, the alliance wrote:\n> {original.Subject}\n" };
        using (var smtp = new MailKit.Net.Smtp.SmtpClient())
        {
            await smtp.ConnectAsync("127.0.0.1", Smtp4Dev.SmtpPort, MailKit.Security.SecureSocketOptions.None);
            await smtp.SendAsync(reply);
            await smtp.DisconnectAsync(true);
        }

        // smtp4dev is shared with other test runs: poll until our own reply is recorded (it may store it a moment after accepting it).
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            await world.Get<ImapReplyReader>().PollOnceAsync(None);
            await using var email = new EmailDbContext(EmailDatabase.Options(world.Database.ConnectionString));
            if (await email.Inbound.AnyAsync(r => r.MessageId == reply.MessageId))
            {
                return reply;
            }

            Assert.True(DateTime.UtcNow < until, "the reply was not read from the IMAP mailbox within 30 s");
            await Task.Delay(200);
        }
    }
}
