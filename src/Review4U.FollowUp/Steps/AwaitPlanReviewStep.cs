using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;
using Review4U.FollowUp.Data;
using Review4U.FollowUp.Model;
using Review4U.FollowUp.Plans;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.FollowUp.Steps;

[StepType("planAwaitReview", Description = "Waits until the approvals reach the plan's quorum (approved) or can no longer reach it (rejected); each reviewer's latest vote counts.", Outcomes = ["approved", "rejected"])]
[StepOutput("outcome", DataType.String, Description = "approved or rejected.")]
public sealed class AwaitPlanReviewStep : FollowUpStep<PlanParameters>
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<FollowUpDbContext> session, PlanParameters parameters, StepContext context, CancellationToken ct)
    {
        var planId = ParseId("planId", parameters.PlanId);
        var plan = await session.FollowUp.Plans.AsNoTracking().SingleAsync(p => p.Id == planId, ct);
        var outcome = await PlanReviews.OutcomeAsync(session.FollowUp, plan, ct);
        return outcome.Decision is { } decision
            ? StepResult.Completed(outcome: decision)
            : StepResult.Suspended(FollowUpEvents.PlanDecided, FollowUpEvents.Key(planId));
    }
}
