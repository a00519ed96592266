using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;
using Review4U.Domain.Governance;
using Review4U.Rounds.Data;
using Review4U.Rounds.Data.Rows;
using Review4U.Rounds.Model;
using Review4U.Workflows.Runtime;

namespace Review4U.Rounds.Review;

/// <summary>The Steering Committee's review of a round: review tasks for its members, their decisions, and the quorum.</summary>
public sealed class ReviewBoard(IWorkflowRuntime runtime, Microsoft.Extensions.Options.IOptions<RoundsOptions> options, TimeProvider time)
{
    /// <summary>One review task per current Steering Committee member and the coordinator (idempotent); sets the review deadline.</summary>
    public static async Task<int> OpenAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var round = await db.Rounds.Rounds.SingleAsync(r => r.Id == roundId, ct);
        var body = await db.Domain.Bodies.AsNoTracking().SingleAsync(b => b.Id == round.BodyId, ct);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(body.TimeZoneId)).DateTime);
        var roles = (await db.Domain.RoleAssignments.AsNoTracking()
                .Where(r => r.BodyId == round.BodyId && r.ContactId != null && (r.Kind == RoleKind.SteeringCommitteeMember || r.Kind == RoleKind.Coordinator))
                .ToListAsync(ct))
            .Where(r => r.IsActiveOn(today)).Select(r => r.ContactId!.Value).Distinct().ToList();
        var people = await db.Domain.Contacts.AsNoTracking().Where(c => roles.Contains(c.Id)).ToListAsync(ct);
        var existing = (await db.Rounds.ReviewTasks.Where(r => r.RoundId == roundId).Select(r => r.ContactId).ToListAsync(ct)).ToHashSet();
        foreach (var person in people.Where(p => !existing.Contains(p.Id)).OrderBy(p => p.Email, StringComparer.Ordinal))
        {
            db.Rounds.ReviewTasks.Add(new ReviewTaskRow
            {
                Id = Guid.CreateVersion7(), BodyId = round.BodyId, RoundId = roundId, ContactId = person.Id,
                Name = person.Name, Email = person.Email, CreatedAt = now,
            });
        }

        round.Status = RoundStatuses.Review;
        round.ReviewDeadline ??= round.ReviewDays is { } days ? now.AddDays(days) : null;
        await db.Rounds.SaveChangesAsync(ct);
        return await db.Rounds.ReviewTasks.CountAsync(r => r.RoundId == roundId, ct);
    }

    public static async Task<ReviewOutcome> OutcomeAsync(RoundsDbContext db, Guid roundId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var round = await db.Rounds.AsNoTracking().SingleAsync(r => r.Id == roundId, ct);
        var reviewers = await db.ReviewTasks.CountAsync(r => r.RoundId == roundId, ct);
        var votes = await db.ReviewDecisions.AsNoTracking()
            .Where(d => d.RoundId == roundId && (d.Kind == ReviewDecisionKinds.Approve || d.Kind == ReviewDecisionKinds.Reject))
            .ToListAsync(ct);
        var latest = votes.GroupBy(v => v.ReviewTaskId).Select(g => g.MaxBy(v => (v.DecidedAt, v.Id))!.Kind).ToList();
        return new ReviewOutcome(reviewers, latest.Count(k => k == ReviewDecisionKinds.Approve), latest.Count(k => k == ReviewDecisionKinds.Reject), round.Quorum);
    }

    /// <summary>Records a reviewer's decision, comment or proposed edit, then wakes the workflow's review wait.</summary>
    public async Task<ReviewOutcome> DecideAsync(Guid reviewTaskId, string kind, string? text, string? questionId, CancellationToken ct)
    {
        if (!ReviewDecisionKinds.All.Contains(kind))
        {
            throw new ArgumentException($"A review decision is one of {string.Join(", ", ReviewDecisionKinds.All)}, not '{kind}'.", nameof(kind));
        }

        if (kind is ReviewDecisionKinds.Comment or ReviewDecisionKinds.ProposedEdit && string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException($"A {kind} needs its text.", nameof(text));
        }

        await using var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(options.Value.ConnectionString, ct);
        var db = tx.Rounds;
        var task = await db.ReviewTasks.SingleOrDefaultAsync(r => r.Id == reviewTaskId, ct)
            ?? throw new ArgumentException($"No review task {reviewTaskId}.", nameof(reviewTaskId));
        var round = await db.Rounds.SingleAsync(r => r.Id == task.RoundId, ct);
        if (round.Status != RoundStatuses.Review)
        {
            throw new InvalidOperationException($"The round '{round.Title}' is not in review (it is {round.Status}).");
        }

        db.ReviewDecisions.Add(new ReviewDecisionRow
        {
            Id = Guid.CreateVersion7(), BodyId = task.BodyId, RoundId = task.RoundId, ReviewTaskId = task.Id,
            Kind = kind, Text = text, QuestionId = questionId, DecidedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        var outcome = await OutcomeAsync(db, task.RoundId, ct);
        await tx.CommitAsync(ct);
        await runtime.PublishEventAsync(RoundEvents.ReviewDecided, RoundEvents.Key(task.RoundId), null, ct);
        return outcome;
    }
}
