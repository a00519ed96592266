using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;
using Review4U.Rounds.Data;
using Review4U.Rounds.Model;
using Review4U.Rounds.Tasks;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.Rounds.Steps;

/// <summary>
/// Waits until every task is answered or declined, or the deadline passes, sending the cadence's reminders on the
/// way. It reads the deadline from the round on every wake-up, so extending (or closing early) moves its timers: the
/// coordinator's action publishes <see cref="RoundEvents.Changed"/> and the step re-plans its next wake-up.
/// </summary>
[StepType("roundCollect", Description = "Waits for all answers or the deadline, sending reminders N days before it.", Outcomes = [Complete, Deadline])]
[StepOutput("outcome", DataType.String, Description = "complete (all answered or declined) or deadline.")]
public sealed class CollectAnswersStep(ReminderSender reminders) : RoundStep
{
    public const string Complete = "complete";
    public const string Deadline = "deadline";

    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, StepContext context, CancellationToken ct)
    {
        var now = context.Time.GetUtcNow();
        var round = await db.Rounds.Rounds.AsNoTracking().SingleAsync(r => r.Id == roundId, ct);
        var open = await db.Rounds.Tasks.OpenIn(roundId).CountAsync(ct);
        if (open == 0)
        {
            return StepResult.Completed(outcome: Complete);
        }

        if (now >= round.Deadline)
        {
            return StepResult.Completed(outcome: Deadline);
        }

        var due = round.ReminderDays.Where(days => round.Deadline.AddDays(-days) <= now).DefaultIfEmpty(-1).Min();
        if (due >= 0)
        {
            // Keyed on the deadline too: after an extension, the cadence starts again from the new deadline.
            var occasion = string.Create(CultureInfo.InvariantCulture, $"{due}d-before-{round.Deadline.UtcTicks}");
            await reminders.SendAsync(db, roundId, occasion, now, ct);
        }

        var next = round.ReminderDays.Select(days => round.Deadline.AddDays(-days)).Where(at => at > now).Append(round.Deadline).Min();
        return StepResult.Suspended(RoundEvents.Changed, RoundEvents.Key(roundId), next);
    }
}
