using Npgsql;
using NpgsqlTypes;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>Journal entries collected during a transaction and appended with one statement before commit.</summary>
internal sealed class JournalBuffer
{
    private readonly List<(Guid Instance, DateTimeOffset At, string Actor, string Kind, string? Scope, string? Step, string? Detail)> entries = [];

    public void Add(Guid instanceId, DateTimeOffset at, string actor, string kind, string? scope = null, string? stepId = null, string? detail = null) =>
        entries.Add((instanceId, at, actor, kind, scope, stepId, detail));

    public async Task FlushAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        if (entries.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(
            """
            INSERT INTO workflow.journal (instance_id, at, actor, kind, scope, step_id, detail)
            SELECT * FROM unnest(@i, @at, @actor, @kind, @scope, @step, @detail)
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("i", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. entries.Select(e => e.Instance)] });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("at", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { TypedValue = [.. entries.Select(e => e.At)] });
        command.Parameters.Add(new NpgsqlParameter<string[]>("actor", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. entries.Select(e => e.Actor)] });
        command.Parameters.Add(new NpgsqlParameter<string[]>("kind", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. entries.Select(e => e.Kind)] });
        command.Parameters.Add(new NpgsqlParameter<string?[]>("scope", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. entries.Select(e => e.Scope)] });
        command.Parameters.Add(new NpgsqlParameter<string?[]>("step", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. entries.Select(e => e.Step)] });
        command.Parameters.Add(new NpgsqlParameter<string?[]>("detail", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. entries.Select(e => e.Detail)] });
        await command.ExecuteNonQueryAsync(ct);
        entries.Clear();
    }
}
