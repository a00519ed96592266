using Review4U.Data.Modules;
using Review4U.FollowUp.Data;
using Review4U.FollowUp.Plans;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.FollowUp.Steps;

[StepType("planOpenReview", Description = "Sends the plan version to the coordinator and the Steering Committee members, each with a link to comment, approve or reject.")]
[StepOutput("requestCount", DataType.Int, Description = "How many review requests were queued.")]
public sealed class OpenPlanReviewStep(PlanReviews reviews) : FollowUpStep<PlanParameters>
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<FollowUpDbContext> session, PlanParameters parameters, StepContext context, CancellationToken ct) =>
        Done("requestCount", await reviews.OpenAsync(session, ParseId("planId", parameters.PlanId), ct));
}
