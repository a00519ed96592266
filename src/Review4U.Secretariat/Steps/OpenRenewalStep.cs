using Review4U.Data.Modules;
using Review4U.Secretariat.Data;
using Review4U.Secretariat.Renewals;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.Secretariat.Steps;

[StepType("secretariatRenewalOpen", Description = "Opens the renewal of the body's secretariat term once per term end, when the end is 60 days away or fewer (or forced).",
    Outcomes = [RenewalOpening.Opened, RenewalOpening.Running, RenewalOpening.NotDue, RenewalOpening.NoTerm])]
[StepOutput("outcome", DataType.String, Description = "opened, running (opened before), notDue or noTerm.")]
[StepOutput("renewalId", DataType.String, Description = "The renewal's id (empty when notDue or noTerm).")]
public sealed class OpenRenewalStep(RenewalOpener opener) : IStep<OpenRenewalParameters>
{
    public async ValueTask<StepResult> ExecuteAsync(OpenRenewalParameters parameters, StepContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(context);
        await using var unit = await ModuleUnitOfWork.JoinAsync<SecretariatDbContext>(context.Transaction, ct);
        try
        {
            var opening = await opener.OpenAsync(unit, parameters.BodyCode, parameters.Force, context.InstanceId, context.Time.GetUtcNow(), ct);
            return StepResult.Completed(
                new Dictionary<string, object?> { ["outcome"] = opening.Outcome, ["renewalId"] = opening.RenewalId?.ToString("D") ?? "" }, opening.Outcome);
        }
        catch (SecretariatException e)
        {
            return StepResult.Failed(e.Message, retryable: false, e);
        }
    }
}
