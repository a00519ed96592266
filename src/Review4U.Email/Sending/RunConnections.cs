using System.Collections.Concurrent;
using Npgsql;

namespace Review4U.Email.Sending;

/// <summary>
/// The database connections of one dispatch run. Each claimed batch holds one, in the transaction that locks its rows,
/// from its claim until its outcomes are committed, so a run uses as many as it has batches between claim and record
/// (the claimed-ahead batch, the one being sent, and those whose last messages are still on the wire). Reused within the
/// run, closed at its end: closing a connection whose batch was never recorded rolls it back, which frees its rows.
/// </summary>
internal sealed class RunConnections(string connectionString) : IAsyncDisposable
{
    private readonly ConcurrentBag<NpgsqlConnection> _idle = [];
    private readonly ConcurrentQueue<NpgsqlConnection> _opened = new();

    public async Task<NpgsqlConnection> RentAsync(CancellationToken ct)
    {
        if (_idle.TryTake(out var idle))
        {
            return idle;
        }

        var connection = new NpgsqlConnection(connectionString);
        _opened.Enqueue(connection);
        await connection.OpenAsync(ct);
        return connection;
    }

    /// <summary>Back for the next batch, unless it broke (it is then closed with the others at the end).</summary>
    public void Return(NpgsqlConnection connection)
    {
        if (connection.FullState == System.Data.ConnectionState.Open)
        {
            _idle.Add(connection);
        }
    }

    public async ValueTask DisposeAsync()
    {
        while (_opened.TryDequeue(out var connection))
        {
            await connection.DisposeAsync();
        }
    }
}
