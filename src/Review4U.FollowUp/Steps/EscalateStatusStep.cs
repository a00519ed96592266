using Review4U.Data.Modules;
using Review4U.FollowUp.Data;
using Review4U.FollowUp.Status;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.FollowUp.Steps;

[StepType("vpiEscalate", Description = "Emails the coordinator and the Steering Committee one list of the commitments overdue, at risk or blocked (once per round).")]
[StepOutput("itemCount", DataType.Int, Description = "How many commitments need attention.")]
public sealed class EscalateStatusStep(StatusRounds rounds) : FollowUpStep<StatusRoundParameters>
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<FollowUpDbContext> session, StatusRoundParameters parameters, StepContext context, CancellationToken ct) =>
        Done("itemCount", await rounds.EscalateAsync(session, ParseId("roundId", parameters.RoundId), ct));
}
