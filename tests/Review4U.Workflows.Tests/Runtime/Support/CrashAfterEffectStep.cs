using Npgsql;
using Review4U.Workflows.Steps;

namespace Review4U.Workflows.Tests.Runtime.Support;

/// <summary>
/// Writes its effect, then, the first time only, kills its own database session mid-transaction: what a process
/// killed between a step's effect and the state update looks like to PostgreSQL (the transaction never commits).
/// </summary>
[StepType("crashAfterEffect", Description = "Test step: the first run dies after writing its effect.")]
public sealed class CrashAfterEffectStep(AttemptCounter counter) : IStep<RecordEffectParameters>
{
    public async ValueTask<StepResult> ExecuteAsync(RecordEffectParameters parameters, StepContext context, CancellationToken ct)
    {
        await RecordEffectStep.WriteAsync(context, parameters.Label);
        if (counter.Next("crash:" + context.ExecutionKey) == 1)
        {
            await using var kill = new NpgsqlCommand("SELECT pg_terminate_backend(pg_backend_pid())",
                (NpgsqlConnection)context.Connection, (NpgsqlTransaction)context.Transaction);
            await kill.ExecuteNonQueryAsync(ct);
        }

        return StepResult.Completed();
    }
}
