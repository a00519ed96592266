using Review4U.Data.Modules;
using Review4U.FollowUp.Data;
using Review4U.FollowUp.Plans;
using Review4U.Workflows.Steps;

namespace Review4U.FollowUp.Steps;

[StepType("planReturn", Description = "Marks the plan version rejected and returns it to the coordinator with the reviewers' comments, for a new version.")]
public sealed class ReturnPlanStep(PlanScheduling scheduling) : FollowUpStep<PlanParameters>
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<FollowUpDbContext> session, PlanParameters parameters, StepContext context, CancellationToken ct)
    {
        await scheduling.ReturnAsync(session, ParseId("planId", parameters.PlanId), ct);
        return StepResult.Completed();
    }
}
