using Review4U.Data.Modules;
using Review4U.Rounds.Data;
using Review4U.Rounds.Tasks;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.Rounds.Steps;

[StepType("roundCreateTasks", Description = "Creates one task per member organisation (routed questions), their magic links and invitation emails, set-based in one transaction.")]
[StepOutput("taskCount", DataType.Int, Description = "How many tasks were created.")]
public sealed class CreateRoundTasksStep(TaskFanOut fanOut) : RoundStep
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, StepContext context, CancellationToken ct) =>
        Done("taskCount", await fanOut.FanOutAsync(db, roundId, rule: null, context.Time.GetUtcNow(), ct));
}
