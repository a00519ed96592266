using Review4U.Rounds.Data;
using Review4U.Rounds.Model;
using Review4U.Rounds.Review;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.Rounds.Steps;

[StepType("roundAwaitReview", Description = "Waits until the review's quorum approves or can no longer approve.", Outcomes = [ReviewOutcome.Approved, ReviewOutcome.Rejected])]
[StepOutput("outcome", DataType.String, Description = "approved or rejected.")]
[StepOutput("approvals", DataType.Int, Description = "Approvals counted.")]
public sealed class AwaitRoundReviewStep : RoundStep
{
    protected override async Task<StepResult> ExecuteAsync(StepDatabase db, Guid roundId, StepContext context, CancellationToken ct)
    {
        var outcome = await ReviewBoard.OutcomeAsync(db.Rounds, roundId, ct);
        return outcome.Decision is { } decision
            ? StepResult.Completed(new Dictionary<string, object?> { ["approvals"] = outcome.Approvals }, decision)
            : StepResult.Suspended(RoundEvents.ReviewDecided, RoundEvents.Key(roundId));
    }
}
