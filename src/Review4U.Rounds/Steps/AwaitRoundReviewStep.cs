using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Modules;
using Review4U.Rounds.Data;
using Review4U.Rounds.Model;
using Review4U.Rounds.Review;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.Rounds.Steps;

/// <summary>
/// Waits for the quorum. When the round has a review deadline, it also wakes <see cref="RoundsOptions.ReviewReminderBefore"/>
/// before it to remind the reviewers who have not approved or rejected (once each). The deadline itself decides
/// nothing: the Steering Committee's quorum does.
/// </summary>
[StepType("roundAwaitReview", Description = "Waits until the review's quorum approves or can no longer approve; reminds undecided reviewers before the review deadline.", Outcomes = [ReviewOutcome.Approved, ReviewOutcome.Rejected])]
[StepOutput("outcome", DataType.String, Description = "approved or rejected.")]
[StepOutput("approvals", DataType.Int, Description = "Approvals counted.")]
public sealed class AwaitRoundReviewStep(ReviewRequests requests, IOptions<RoundsOptions> options) : RoundStep
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, StepContext context, CancellationToken ct)
    {
        var outcome = await ReviewBoard.OutcomeAsync(db.Rounds, roundId, ct);
        if (outcome.Decision is { } decision)
        {
            return StepResult.Completed(new Dictionary<string, object?> { ["approvals"] = outcome.Approvals }, decision);
        }

        var now = context.Time.GetUtcNow();
        var deadline = (await db.Rounds.Rounds.AsNoTracking().SingleAsync(r => r.Id == roundId, ct)).ReviewDeadline;
        DateTimeOffset? wakeAt = null;
        if (deadline is { } due)
        {
            var remindAt = due - options.Value.ReviewReminderBefore;
            if (now < remindAt)
            {
                wakeAt = remindAt;
            }
            else if (now < due)
            {
                await requests.SendRemindersAsync(db, roundId, now, ct);
            }
        }

        return StepResult.Suspended(RoundEvents.ReviewDecided, RoundEvents.Key(roundId), wakeAt);
    }
}
