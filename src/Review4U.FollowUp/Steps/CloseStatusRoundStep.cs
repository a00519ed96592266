using Review4U.Data.Modules;
using Review4U.FollowUp.Data;
using Review4U.FollowUp.Status;
using Review4U.Workflows.Steps;

namespace Review4U.FollowUp.Steps;

[StepType("vpiCloseStatusRound", Description = "Marks the status round closed (answers by link still update the commitment afterwards).")]
public sealed class CloseStatusRoundStep(StatusRounds rounds) : FollowUpStep<StatusRoundParameters>
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<FollowUpDbContext> session, StatusRoundParameters parameters, StepContext context, CancellationToken ct)
    {
        await rounds.CloseAsync(session, ParseId("roundId", parameters.RoundId), ct);
        return StepResult.Completed();
    }
}
