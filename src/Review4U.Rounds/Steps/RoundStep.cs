using Review4U.Data.Modules;
using Review4U.Rounds.Data;
using Review4U.Workflows.Steps;

namespace Review4U.Rounds.Steps;

/// <summary>Shared plumbing of the round steps: parse the round id, join the step's transaction, turn bad input into a non-retryable failure.</summary>
public abstract class RoundStep : IStep<RoundStepParameters>
{
    public async ValueTask<StepResult> ExecuteAsync(RoundStepParameters parameters, StepContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(context);
        Guid roundId;
        try
        {
            roundId = parameters.ParseRoundId();
        }
        catch (FormatException e)
        {
            return StepResult.Failed(e.Message, retryable: false, e);
        }

        await using var db = await ModuleUnitOfWork.JoinAsync<RoundsDbContext>(context.Transaction, ct);
        return await ExecuteAsync(db, roundId, context, ct);
    }

    protected abstract Task<StepResult> ExecuteAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, StepContext context, CancellationToken ct);

    protected static StepResult Done(string name, object? value, string? outcome = null) =>
        StepResult.Completed(new Dictionary<string, object?> { [name] = value }, outcome);
}
