using Review4U.Data.Modules;
using Review4U.Rounds.Data;
using Review4U.Rounds.Delivery;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.Rounds.Steps;

[StepType("roundDeliver", Description = "Emails the compiled DOCX to the government focal point with an acknowledgement link.")]
[StepOutput("deliveryId", DataType.String, Description = "The delivery's id.")]
public sealed class DeliverRoundStep(SubmissionDelivery delivery) : RoundStep
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, StepContext context, CancellationToken ct) =>
        Done("deliveryId", (await delivery.DeliverAsync(db, roundId, context.Time.GetUtcNow(), ct)).Id.ToString("D"));
}
