using Review4U.Data.Modules;
using Review4U.FollowUp.Data;
using Review4U.Workflows.Steps;

namespace Review4U.FollowUp.Steps;

/// <summary>Shared plumbing of the follow-up steps: join the step's transaction, turn bad input into a non-retryable failure.</summary>
public abstract class FollowUpStep<TParameters> : IStep<TParameters>
    where TParameters : class
{
    public async ValueTask<StepResult> ExecuteAsync(TParameters parameters, StepContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(context);
        await using var session = await ModuleUnitOfWork.JoinAsync<FollowUpDbContext>(context.Transaction, ct);
        try
        {
            return await ExecuteAsync(session, parameters, context, ct);
        }
        catch (FormatException e)
        {
            return StepResult.Failed(e.Message, retryable: false, e);
        }
    }

    protected abstract Task<StepResult> ExecuteAsync(ModuleUnitOfWork<FollowUpDbContext> session, TParameters parameters, StepContext context, CancellationToken ct);

    protected static Guid ParseId(string name, string value) =>
        Guid.TryParse(value, out var id) ? id : throw new FormatException($"{name}: expected a GUID, got '{value}'.");

    protected static StepResult Done(string name, object? value, string? outcome = null) =>
        StepResult.Completed(new Dictionary<string, object?> { [name] = value }, outcome);
}
