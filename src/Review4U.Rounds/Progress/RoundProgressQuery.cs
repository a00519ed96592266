using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Rounds.Data;
using Review4U.Rounds.Model;

namespace Review4U.Rounds.Progress;

/// <summary>Reads a round's progress for <c>review4u rounds status</c> (and, later, the coordinator dashboard).</summary>
public sealed class RoundProgressQuery(IOptions<RoundsOptions> options)
{
    public async Task<RoundProgress?> GetAsync(Guid roundId, CancellationToken ct)
    {
        await using var db = new RoundsDbContext(RoundsDatabase.Options(options.Value.ConnectionString));
        var round = await db.Rounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null)
        {
            return null;
        }

        var tasks = await db.Tasks.AsNoTracking().Where(t => t.RoundId == roundId).OrderBy(t => t.OrganisationName).ToListAsync(ct);
        var answered = await db.Answers.AsNoTracking()
            .Where(a => a.RoundId == roundId && (a.Text != null || a.Choices.Count > 0))
            .Select(a => new { a.TaskId, a.QuestionId }).ToListAsync(ct);
        var submitted = tasks.Where(t => t.Status == TaskStatuses.Submitted).Select(t => t.Id).ToHashSet();
        var members = tasks.Select(t => new MemberProgress(
            t.OrganisationName, t.Status, t.QuestionIds.Count, answered.Count(a => a.TaskId == t.Id), t.DeclineReason)).ToList();
        var questions = tasks.SelectMany(t => t.QuestionIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(q => new QuestionCoverage(q, tasks.Count(t => t.QuestionIds.Contains(q)), answered.Count(a => a.QuestionId == q && submitted.Contains(a.TaskId))))
            .ToList();
        var review = await Review.ReviewBoard.OutcomeAsync(db, roundId, ct);
        return new RoundProgress(round.Id, round.Title, round.Status, round.Deadline, members, questions)
        {
            Review = review.Reviewers == 0 ? null
                : new ReviewProgress(review.Reviewers, review.Approvals, review.Rejections, review.Quorum, round.ReviewDeadline, review.Decision),
        };
    }
}
