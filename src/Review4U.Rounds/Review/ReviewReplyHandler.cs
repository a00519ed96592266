using Microsoft.EntityFrameworkCore;
using Npgsql;
using Review4U.Data.Modules;
using Review4U.Email.Inbound;
using Review4U.Rounds.Data;
using Review4U.Rounds.Data.Rows;
using Review4U.Rounds.Emails;
using Review4U.Rounds.Model;

namespace Review4U.Rounds.Review;

/// <summary>
/// Replies to a review request (or its reminder) become the reviewer's comment on the draft, written in the email
/// module's inbound transaction, so a reply read twice is recorded once. A reply never approves or rejects: a vote
/// takes the page's explicit buttons. After the review is over the reply stays in <c>email.inbound</c> only.
/// </summary>
public sealed class ReviewReplyHandler(RoundLinks urls) : IReplyHandler
{
    public async Task<ReplyAcknowledgement?> HandleAsync(NpgsqlTransaction transaction, InboundReply reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.TaskId is not { } reviewTaskId || reply.ContactId is not { } contactId)
        {
            return null;
        }

        await using var db = await ModuleUnitOfWork.JoinAsync<RoundsDbContext>(transaction, ct);
        var reviewer = await db.Rounds.ReviewTasks.AsNoTracking().SingleOrDefaultAsync(r => r.Id == reviewTaskId && r.ContactId == contactId, ct);
        if (reviewer is null)
        {
            return null;
        }

        var round = await db.Rounds.Rounds.AsNoTracking().SingleAsync(r => r.Id == reviewer.RoundId, ct);
        var body = await db.Domain.Bodies.AsNoTracking().SingleAsync(b => b.Id == round.BodyId, ct);
        if (round.Status == RoundStatuses.Review && !string.IsNullOrWhiteSpace(reply.Text))
        {
            db.Rounds.ReviewDecisions.Add(new ReviewDecisionRow
            {
                Id = Guid.CreateVersion7(), BodyId = reviewer.BodyId, RoundId = reviewer.RoundId, ReviewTaskId = reviewer.Id,
                Kind = ReviewDecisionKinds.Comment, Text = reply.Text.Trim(), DecidedAt = reply.ReceivedAt,
            });
            await db.Rounds.SaveChangesAsync(ct);
        }

        return new ReplyAcknowledgement(RoundMail.IdentityOf(body), round.Title, urls.Round(round.Id), reviewer.Name);
    }
}
