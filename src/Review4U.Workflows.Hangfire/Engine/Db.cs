using Npgsql;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>Small helpers so SQL reads as SQL: positional parameters, one call per statement.</summary>
internal static class Db
{
    public static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params object?[] args)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var arg in args)
        {
            command.Parameters.Add(arg switch
            {
                NpgsqlParameter parameter => parameter,
                null => new NpgsqlParameter { Value = DBNull.Value },
                // Npgsql writes timestamptz from UTC offsets only; a deadline given as "…+03:00" is the same instant.
                DateTimeOffset time => new NpgsqlParameter { Value = time.ToUniversalTime() },
                _ => new NpgsqlParameter { Value = arg },
            });
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken ct, params object?[] args)
    {
        await using var command = Command(connection, transaction, sql, args);
        return await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task<T?> ScalarAsync<T>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken ct, params object?[] args)
    {
        await using var command = Command(connection, transaction, sql, args);
        var value = await command.ExecuteScalarAsync(ct);
        return value is null or DBNull ? default : (T)value;
    }

    /// <summary>A jsonb parameter (text sent as jsonb).</summary>
    public static NpgsqlParameter Jsonb(string? json) =>
        new() { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Jsonb, Value = (object?)json ?? DBNull.Value };

    public static T? Nullable<T>(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? default : reader.GetFieldValue<T>(ordinal);
}
