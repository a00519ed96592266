using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;
using Review4U.FollowUp.Data;
using Review4U.FollowUp.Model;
using Review4U.FollowUp.Status;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.FollowUp.Steps;

/// <summary>Waits until every request is answered or the deadline passes, reminding the unanswered N days before it.</summary>
[StepType("vpiCollectStatus", Description = "Waits for every status request to be answered or the deadline, reminding the unanswered N days before it.", Outcomes = [Complete, Deadline])]
[StepOutput("outcome", DataType.String, Description = "complete (all answered) or deadline.")]
public sealed class CollectStatusStep(StatusRounds rounds) : FollowUpStep<StatusRoundParameters>
{
    public const string Complete = "complete";
    public const string Deadline = "deadline";

    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<FollowUpDbContext> session, StatusRoundParameters parameters, StepContext context, CancellationToken ct)
    {
        var roundId = ParseId("roundId", parameters.RoundId);
        var now = context.Time.GetUtcNow();
        var round = await session.FollowUp.StatusRounds.AsNoTracking().SingleAsync(r => r.Id == roundId, ct);
        if (!await session.FollowUp.StatusRequests.AnyAsync(r => r.RoundId == roundId && r.AnsweredAt == null, ct))
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
            await rounds.RemindAsync(session, roundId, string.Create(CultureInfo.InvariantCulture, $"{due}d"), ct);
        }

        var next = round.ReminderDays.Select(days => round.Deadline.AddDays(-days)).Where(at => at > now).Append(round.Deadline).Min();
        return StepResult.Suspended(FollowUpEvents.StatusAnswered, FollowUpEvents.Key(roundId), next);
    }
}
