using Review4U.Data.Modules;
using Review4U.Rounds.Data;
using Review4U.Rounds.Tasks;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.Rounds.Steps;

[StepType("roundEscalate", Description = "Tells working-group leads and the coordinator which organisations did not answer.")]
[StepOutput("escalated", DataType.Int, Description = "How many escalation emails were queued.")]
public sealed class EscalateRoundStep(Escalator escalator) : RoundStep
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, StepContext context, CancellationToken ct) =>
        Done("escalated", await escalator.EscalateAsync(db, roundId, context.Time.GetUtcNow(), ct));
}
