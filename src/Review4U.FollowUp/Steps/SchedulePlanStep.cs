using Review4U.Data.Modules;
using Review4U.FollowUp.Data;
using Review4U.FollowUp.Plans;
using Review4U.Workflows.Steps;

namespace Review4U.FollowUp.Steps;

[StepType("planSchedule", Description = "Marks the approved plan's activities scheduled and sends the coordinator and the Steering Committee the plan's calendar (ICS).")]
public sealed class SchedulePlanStep(PlanScheduling scheduling) : FollowUpStep<PlanParameters>
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<FollowUpDbContext> session, PlanParameters parameters, StepContext context, CancellationToken ct)
    {
        await scheduling.ScheduleAsync(session, ParseId("planId", parameters.PlanId), ct);
        return StepResult.Completed();
    }
}
