using Review4U.Data.Modules;
using Review4U.Secretariat.Data;
using Review4U.Secretariat.Renewals;
using Review4U.Workflows.Steps;

namespace Review4U.Secretariat.Steps;

/// <summary>Shared plumbing of the renewal steps: parse the id, join the step's transaction, load the renewal's scene.</summary>
public abstract class RenewalStep(RenewalLoader loader) : IStep<RenewalStepParameters>
{
    public async ValueTask<StepResult> ExecuteAsync(RenewalStepParameters parameters, StepContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(context);
        Guid renewalId;
        try
        {
            renewalId = parameters.ParseRenewalId();
        }
        catch (FormatException e)
        {
            return StepResult.Failed(e.Message, retryable: false, e);
        }

        await using var unit = await ModuleUnitOfWork.JoinAsync<SecretariatDbContext>(context.Transaction, ct);
        var scene = await loader.FindAsync(unit, renewalId, ct);
        return scene is null
            ? StepResult.Failed($"renewalId: no renewal has the id {renewalId}.", retryable: false)
            : await ExecuteAsync(unit, scene, context, ct);
    }

    protected abstract Task<StepResult> ExecuteAsync(ModuleUnitOfWork<SecretariatDbContext> unit, RenewalScene scene, StepContext context, CancellationToken ct);
}
