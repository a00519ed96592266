using Review4U.Data.Modules;
using Review4U.Rounds.Data;
using Review4U.Rounds.Tasks;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.Rounds.Steps;

[StepType("roundRemind", Description = "Reminds the contacts of every task not yet submitted or declined (muted contacts are skipped).")]
[StepOutput("sent", DataType.Int, Description = "How many reminders were queued.")]
public sealed class SendRoundRemindersStep(ReminderSender reminders) : RoundStep
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, StepContext context, CancellationToken ct) =>
        Done("sent", await reminders.SendAsync(db, roundId, "step-" + context.ExecutionKey, context.Time.GetUtcNow(), ct));
}
