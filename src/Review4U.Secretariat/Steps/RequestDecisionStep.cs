using Review4U.Data.Modules;
using Review4U.Secretariat.Data;
using Review4U.Secretariat.Decisions;
using Review4U.Secretariat.Renewals;
using Review4U.Workflows.Steps;

namespace Review4U.Secretariat.Steps;

[StepType("secretariatRequestDecision", Description = "Closes the interests and sends each Steering Committee member a decision link; the quorum is a majority of the committee.")]
public sealed class RequestDecisionStep(RenewalLoader loader, DecisionRequest request) : RenewalStep(loader)
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<SecretariatDbContext> unit, RenewalScene scene, StepContext context, CancellationToken ct)
    {
        await request.SendAsync(unit, scene, context.Time.GetUtcNow(), ct);
        return StepResult.Completed();
    }
}
