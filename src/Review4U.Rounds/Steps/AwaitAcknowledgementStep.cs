using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Modules;
using Review4U.Rounds.Data;
using Review4U.Rounds.Delivery;
using Review4U.Rounds.Model;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.Rounds.Steps;

[StepType("roundAwaitAcknowledgement", Description = "Waits for the government's acknowledgement, reminding once after the configured delay.", Outcomes = [Acknowledged])]
[StepOutput("outcome", DataType.String, Description = "acknowledged.")]
public sealed class AwaitAcknowledgementStep(SubmissionDelivery delivery, IOptions<RoundsOptions> options) : RoundStep
{
    public const string Acknowledged = "acknowledged";

    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, StepContext context, CancellationToken ct)
    {
        var now = context.Time.GetUtcNow();
        var row = await db.Rounds.Deliveries.AsNoTracking().SingleAsync(d => d.RoundId == roundId, ct);
        if (row.AcknowledgedAt is not null)
        {
            return StepResult.Completed(outcome: Acknowledged);
        }

        var remindAt = row.SentAt + options.Value.AcknowledgementReminderAfter;
        if (row.ReminderSentAt is null && now >= remindAt)
        {
            await delivery.RemindAsync(db, roundId, now, ct);
        }

        return StepResult.Suspended(RoundEvents.Acknowledged, RoundEvents.Key(roundId), row.ReminderSentAt is null && now < remindAt ? remindAt : null);
    }
}
