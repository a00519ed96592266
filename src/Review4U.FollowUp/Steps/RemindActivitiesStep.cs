using Review4U.Data.Modules;
using Review4U.FollowUp.Data;
using Review4U.FollowUp.Plans;
using Review4U.Workflows.Steps;

namespace Review4U.FollowUp.Steps;

[StepType("planRemindActivities", Description = "Reminds each scheduled activity's owner N days before it starts (09:00 body time), until the last activity has started.")]
public sealed class RemindActivitiesStep(PlanScheduling scheduling) : FollowUpStep<PlanParameters>
{
    public const string ChangedEvent = "plan.changed";

    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<FollowUpDbContext> session, PlanParameters parameters, StepContext context, CancellationToken ct)
    {
        var planId = ParseId("planId", parameters.PlanId);
        var next = await scheduling.RemindDueAsync(session, planId, ct);
        return next is null ? StepResult.Completed() : StepResult.Suspended(ChangedEvent, planId.ToString("N"), next);
    }
}
