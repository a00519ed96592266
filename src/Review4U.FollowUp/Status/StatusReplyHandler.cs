using Npgsql;
using Review4U.Data.Modules;
using Review4U.Email.Inbound;
using Review4U.Email.MagicLinks;
using Review4U.FollowUp.Data;
using Review4U.FollowUp.Emails;
using Review4U.FollowUp.Model;
using Review4U.FollowUp.People;
using Review4U.Workflows.Runtime;

namespace Review4U.FollowUp.Status;

/// <summary>
/// Status updates by email reply to a status request or reminder (<see cref="StatusReplyParser"/>: the status words
/// first or a <c>status:</c> line, then a note). Runs in the email module's transaction, so a reply counts once.
/// A reply naming no status is kept as a comment in <c>email.inbound</c> and still acknowledged.
/// </summary>
public sealed class StatusReplyHandler(StatusAnswers answers, FollowUpLinks urls, IMagicLinkService links, IWorkflowRuntime runtime) : IReplyHandler
{
    public async Task<ReplyAcknowledgement?> HandleAsync(NpgsqlTransaction transaction, InboundReply reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.TaskId is not { } requestId || reply.ContactId is not { } contactId)
        {
            return null;
        }

        await using var session = await ModuleUnitOfWork.JoinAsync<FollowUpDbContext>(transaction, ct);
        var request = await session.FollowUp.StatusRequests.FindAsync([requestId], ct);
        if (request is null || request.BodyId != reply.BodyId)
        {
            return null;
        }

        var body = await BodyPeople.GetAsync(session.Domain, request.BodyId, ct);
        var round = await session.FollowUp.StatusRounds.FindAsync([request.RoundId], ct);
        var scope = new MagicLinkScope(request.BodyId, requestId, contactId);
        var token = await links.IssueAsync(transaction, scope, links.DefaultExpiry(round!.Deadline), ct);
        var acknowledgement = new ReplyAcknowledgement(BodyPeople.Identity(body), "VPI follow-up " + round.Period, urls.Status(token), request.Name);
        if (StatusReplyParser.Parse(reply.Text) is not { } update)
        {
            return acknowledgement;
        }

        var (result, roundId) = await answers.ApplyAsync(session, scope, update, UpdateSources.Email, ct);
        if (result.Succeeded)
        {
            await session.FollowUp.SaveChangesAsync(ct);
            // Published before the email module commits: the collecting step may look too early, then its next
            // wake-up (a reminder or the deadline) sees the answer. Harmless either way.
            await runtime.PublishEventAsync(FollowUpEvents.StatusAnswered, FollowUpEvents.Key(roundId), null, ct);
        }

        return acknowledgement;
    }
}
