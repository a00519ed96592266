using Microsoft.EntityFrameworkCore;
using MimeKit;
using Review4U.Data.Modules;
using Review4U.Email.Inbound;
using Review4U.Rounds.Compilation;
using Review4U.Rounds.Data;
using Review4U.Rounds.Launch;
using Review4U.Rounds.Model;
using Review4U.Rounds.Review;
using Review4U.Rounds.Tasks;
using Review4U.Rounds.Tests.Support;
using Review4U.TestKit.Smtp;

namespace Review4U.Rounds.Tests.Review;

/// <summary>Replies to a review request, through the email module's inbound processing (matching, recording, routing by category).</summary>
public sealed class ReviewReplyHandlerTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private RoundsWorld world = null!;
    private Guid roundId;
    private Dictionary<string, ReceivedEmail> requests = [];

    public async Task InitializeAsync()
    {
        world = await RoundsWorld.CreateAsync();
        roundId = (await world.Get<RoundLauncher>().LaunchAsync(new RoundLaunchRequest
        {
            BodyCode = "NACSA-KE", QuestionnaireId = "untoc-sample", Deadline = RoundsWorld.Start.AddDays(10), Quorum = 2, StartWorkflow = false,
        }, None)).RoundId;
        await using var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(world.Database.ConnectionString, None);
        var now = world.Clock.GetUtcNow();
        await world.Get<TaskFanOut>().FanOutAsync(tx, roundId, null, now, None);
        await world.Get<SubmissionCompiler>().CompileAsync(tx, roundId, now, None);
        await ReviewBoard.OpenAsync(tx, roundId, now, None);
        await world.Get<ReviewRequests>().SendRequestsAsync(tx, roundId, now, None);
        await tx.CommitAsync(None);
        requests = (await world.DeliverMailAsync()).Where(e => e.Message.Attachments.Any()).ToDictionary(e => e.EnvelopeTo[0]);
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task HandleAsync_RecordsTheReplyAsTheReviewersCommentOnce_WhenTheReviewIsOpen()
    {
        var reply = ReplyTo(requests["contact03@org03.example"], "Merci, le tableau de participation est clair.");

        var first = await world.Get<InboundMailProcessor>().ProcessAsync(reply, None);
        var again = await world.Get<InboundMailProcessor>().ProcessAsync(reply, None);

        Assert.Equal(InboundOutcome.Duplicate, again);
        Assert.Equal(InboundOutcome.Handled, first);
        await using var db = world.OpenRounds();
        var decision = await db.ReviewDecisions.SingleAsync(d => d.RoundId == roundId);
        var reviewer = await db.ReviewTasks.SingleAsync(r => r.Id == decision.ReviewTaskId);
        Assert.Equal((ReviewDecisionKinds.Comment, "Merci, le tableau de participation est clair."), (decision.Kind, decision.Text));
        Assert.Equal(("contact03@org03.example", world.BodyId), (reviewer.Email, decision.BodyId));
        Assert.Null((await ReviewBoard.OutcomeAsync(db, roundId, None)).Decision); // a reply never votes
        var acknowledgement = Assert.Single(await world.DeliverMailAsync());
        Assert.Equal("contact03@org03.example", acknowledgement.EnvelopeTo[0]);
    }

    [Fact]
    public async Task HandleAsync_WritesNoComment_WhenTheReviewIsOver()
    {
        await using (var db = world.OpenRounds())
        {
            await db.Rounds.Where(r => r.Id == roundId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RoundStatuses.Closed));
        }

        await world.Get<InboundMailProcessor>().ProcessAsync(ReplyTo(requests["contact02@org02.example"], "Too late, but: fine by me."), None);

        await using var check = world.OpenRounds();
        Assert.False(await check.ReviewDecisions.AnyAsync());
    }

    private static MimeMessage ReplyTo(ReceivedEmail received, string text)
    {
        var original = received.Message;
        var reply = new MimeMessage { Subject = "Re: " + original.Subject, MessageId = $"{Guid.NewGuid():N}@org.example", InReplyTo = original.MessageId };
        reply.From.Add(MailboxAddress.Parse(received.EnvelopeTo[0]));
        reply.To.AddRange(original.ReplyTo.Mailboxes);
        reply.Body = new TextPart("plain") { Text = $"{text}\n\nLe 2 mars 2026, l'alliance a écrit :\n> {original.Subject}\n" };
        return reply;
    }
}
