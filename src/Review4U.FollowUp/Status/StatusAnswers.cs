using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Modules;
using Review4U.Email.MagicLinks;
using Review4U.FollowUp.Data;
using Review4U.FollowUp.Data.Rows;
using Review4U.FollowUp.Model;
using Review4U.FollowUp.People;
using Review4U.Workflows.Runtime;

namespace Review4U.FollowUp.Status;

/// <summary>
/// Owners' answers to status requests: by their personal link (the web page) or by email reply (the reply handler).
/// Each checks everything before writing; a refusal writes nothing. An answer wakes the round's collecting step.
/// </summary>
public sealed class StatusAnswers(IMagicLinkService links, IWorkflowRuntime runtime, IOptions<FollowUpOptions> options, TimeProvider time)
{
    public async Task<(MagicLinkStatus Status, StatusView? View)> ViewAsync(string token, CancellationToken ct)
    {
        var resolution = await links.ResolveAsync(token, ct);
        if (!resolution.IsValid)
        {
            return (resolution.Status, null);
        }

        await using var session = await ModuleUnitOfWork.BeginAsync<FollowUpDbContext>(options.Value.ConnectionString, ct);
        var found = await FindAsync(session, resolution.Scope!, ct);
        if (found is null)
        {
            return (MagicLinkStatus.WrongScope, null);
        }

        var (request, round, commitment) = found.Value;
        var body = await BodyPeople.GetAsync(session.Domain, request.BodyId, ct);
        return (MagicLinkStatus.Valid, new StatusView(
            body.Name, request.Language, round.Period, round.Deadline, commitment.Key, commitment.Title, request.Name,
            commitment.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), commitment.Status, commitment.Progress, commitment.LastNote,
            request.AnsweredAt is not null));
    }

    public async Task<StatusUpdateResult> SubmitAsync(string token, StatusUpdate update, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(update);
        var resolution = await links.ResolveAsync(token, ct);
        if (!resolution.IsValid)
        {
            return StatusUpdateResult.Refused(resolution.Status == MagicLinkStatus.Expired ? "This link has expired." : "This link is not valid.");
        }

        await using var session = await ModuleUnitOfWork.BeginAsync<FollowUpDbContext>(options.Value.ConnectionString, ct);
        var result = await ApplyAsync(session, resolution.Scope!, update, UpdateSources.Link, ct);
        if (result.Result.Succeeded)
        {
            await session.FollowUp.SaveChangesAsync(ct);
            await session.CommitAsync(ct);
            await runtime.PublishEventAsync(FollowUpEvents.StatusAnswered, FollowUpEvents.Key(result.RoundId), null, ct);
        }

        return result.Result;
    }

    /// <summary>Applies an answer inside the caller's session (the email module's transaction for replies); does not save.</summary>
    public async Task<(StatusUpdateResult Result, Guid RoundId)> ApplyAsync(ModuleUnitOfWork<FollowUpDbContext> session, MagicLinkScope scope, StatusUpdate update, string source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(scope);
        if (CommitmentUpdater.Check(update) is { } problem)
        {
            return (StatusUpdateResult.Refused(problem), Guid.Empty);
        }

        var found = await FindAsync(session, scope, ct);
        if (found is null)
        {
            return (StatusUpdateResult.Refused("This link is not valid."), Guid.Empty);
        }

        var (request, round, commitment) = found.Value;
        var tracked = await session.FollowUp.Commitments.SingleAsync(c => c.Id == commitment.Id, ct);
        var body = await BodyPeople.GetAsync(session.Domain, request.BodyId, ct);
        CommitmentUpdater.Apply(session, tracked, body.TimeZoneId, update, source, request.Email, request.Id, time);
        var trackedRequest = await session.FollowUp.StatusRequests.SingleAsync(r => r.Id == request.Id, ct);
        trackedRequest.AnsweredAt ??= time.GetUtcNow();
        return (StatusUpdateResult.Ok($"{commitment.Key}: {tracked.Status}, {tracked.Progress}%"), round.Id);
    }

    private static async Task<(StatusRequestRow Request, StatusRoundRow Round, CommitmentRow Commitment)?> FindAsync(
        ModuleUnitOfWork<FollowUpDbContext> session, MagicLinkScope scope, CancellationToken ct)
    {
        var request = await session.FollowUp.StatusRequests.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Id == scope.TaskId && r.BodyId == scope.BodyId && r.ContactId == scope.ContactId, ct);
        if (request is null)
        {
            return null;
        }

        var round = await session.FollowUp.StatusRounds.AsNoTracking().SingleAsync(r => r.Id == request.RoundId, ct);
        var commitment = await session.FollowUp.Commitments.AsNoTracking().SingleAsync(c => c.Id == request.CommitmentId, ct);
        return (request, round, commitment);
    }
}
