using Review4U.Data.Modules;
using Review4U.Secretariat.Data;
using Review4U.Secretariat.Decisions;
using Review4U.Secretariat.Renewals;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.Secretariat.Steps;

[StepType("secretariatApplyDecision", Description = "Renews the term or hands the Secretariat and the coordinator role to the chosen candidate, history kept; tells everyone.",
    Outcomes = [DecisionApplier.Renewed, DecisionApplier.Appointed])]
[StepOutput("outcome", DataType.String, Description = "renewed or appointed.")]
public sealed class ApplyDecisionStep(RenewalLoader loader, DecisionApplier applier) : RenewalStep(loader)
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<SecretariatDbContext> unit, RenewalScene scene, StepContext context, CancellationToken ct)
    {
        try
        {
            var outcome = await applier.ApplyAsync(unit, scene, context.Time.GetUtcNow(), ct);
            return StepResult.Completed(new Dictionary<string, object?> { ["outcome"] = outcome }, outcome);
        }
        catch (Review4U.Domain.DomainRuleException e)
        {
            // A decision the body's rules refuse (e.g. the candidate left the body): an incident for a human, not a retry loop.
            return StepResult.Failed(e.Message, retryable: false, e);
        }
    }
}
