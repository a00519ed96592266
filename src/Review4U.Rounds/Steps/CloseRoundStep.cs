using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;
using Review4U.Rounds.Data;
using Review4U.Rounds.Model;
using Review4U.Workflows.Steps;

namespace Review4U.Rounds.Steps;

[StepType("roundClose", Description = "Marks the round closed.")]
public sealed class CloseRoundStep : RoundStep
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, StepContext context, CancellationToken ct)
    {
        var round = await db.Rounds.Rounds.SingleAsync(r => r.Id == roundId, ct);
        round.Status = RoundStatuses.Closed;
        round.ClosedAt ??= context.Time.GetUtcNow();
        await db.Rounds.SaveChangesAsync(ct);
        return StepResult.Completed();
    }
}
