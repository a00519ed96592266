using Npgsql;

namespace Review4U.Bench.Support;

/// <summary>
/// The naive fan-out the issue warns against, for contrast only: one Hangfire job per member, each opening a connection
/// and inserting that member's task in a transaction of its own.
/// </summary>
public static class NaiveTaskJob
{
    public const string SourceTable = "public.naive_task_source";

    public static async Task RunAsync(string connectionString, Guid taskId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = new NpgsqlCommand($"INSERT INTO rounds.tasks SELECT * FROM {SourceTable} WHERE id = $1 ON CONFLICT (id) DO NOTHING", connection, transaction);
        insert.Parameters.AddWithValue(taskId);
        await insert.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }
}
