using Npgsql;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.Workflows.Tests.Runtime.Support;

/// <summary>
/// A side effect like an outbox email: one row written through the step's connection and transaction. The table
/// has no unique key on purpose, so a repeated effect would show as a second row instead of failing.
/// </summary>
[StepType("recordEffect", Description = "Test step: writes one effect row.")]
[StepOutput("label", DataType.String)]
public sealed class RecordEffectStep : IStep<RecordEffectParameters>
{
    public const string CreateTable =
        "CREATE TABLE IF NOT EXISTS public.effects (id bigserial PRIMARY KEY, execution_key text NOT NULL, label text NOT NULL, attempt int NOT NULL)";

    public static async Task WriteAsync(StepContext context, string label)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO public.effects (execution_key, label, attempt) VALUES ($1, $2, $3)",
            (NpgsqlConnection)context.Connection, (NpgsqlTransaction)context.Transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = context.ExecutionKey.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = label });
        command.Parameters.Add(new NpgsqlParameter { Value = context.Attempt });
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask<StepResult> ExecuteAsync(RecordEffectParameters parameters, StepContext context, CancellationToken ct)
    {
        await WriteAsync(context, parameters.Label);
        return StepResult.Completed(new Dictionary<string, object?> { ["label"] = parameters.Label });
    }
}
