using Npgsql;

namespace Review4U.Rounds.Data;

/// <summary>A connection and transaction of a service's own (web pages, CLI actions), with both contexts joined.</summary>
public sealed class OwnTransaction : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;

    private OwnTransaction(NpgsqlConnection connection, StepDatabase database)
    {
        _connection = connection;
        Database = database;
    }

    public StepDatabase Database { get; }

    public static async Task<OwnTransaction> BeginAsync(string connectionString, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var transaction = await connection.BeginTransactionAsync(ct);
        return new OwnTransaction(connection, await StepDatabase.JoinAsync(transaction, ct));
    }

    public Task CommitAsync(CancellationToken ct) => Database.Transaction.CommitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        await Database.Transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
