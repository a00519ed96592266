using Microsoft.EntityFrameworkCore;
using Npgsql;
using Review4U.Data;

namespace Review4U.Meetings.Data;

/// <summary>
/// The meetings and domain contexts on one open connection, joined to one transaction: a workflow step's (so its
/// effects commit with the instance's state), the inbound email's, or one of its own (<see cref="BeginAsync"/>).
/// </summary>
public sealed class MeetingsTransaction : IAsyncDisposable
{
    private readonly NpgsqlConnection? ownConnection;

    private MeetingsTransaction(NpgsqlTransaction transaction, NpgsqlConnection? ownConnection)
    {
        Transaction = transaction;
        this.ownConnection = ownConnection;
        Meetings = new MeetingsDbContext(MeetingsDatabase.Options(transaction.Connection!));
        Domain = new Review4UDbContext(new DbContextOptionsBuilder<Review4UDbContext>().UseNpgsql(transaction.Connection!).Options);
    }

    public NpgsqlTransaction Transaction { get; }

    public MeetingsDbContext Meetings { get; }

    public Review4UDbContext Domain { get; }

    public static async Task<MeetingsTransaction> JoinAsync(System.Data.Common.DbTransaction transaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var npgsql = (NpgsqlTransaction)transaction;
        _ = npgsql.Connection ?? throw new InvalidOperationException("The transaction has no connection (already finished?).");
        var joined = new MeetingsTransaction(npgsql, null);
        await joined.EnlistAsync(ct);
        return joined;
    }

    public static async Task<MeetingsTransaction> BeginAsync(string connectionString, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var transaction = await connection.BeginTransactionAsync(ct);
        var own = new MeetingsTransaction(transaction, connection);
        await own.EnlistAsync(ct);
        return own;
    }

    public Task CommitAsync(CancellationToken ct) => Transaction.CommitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await Meetings.DisposeAsync();
        await Domain.DisposeAsync();
        if (ownConnection is not null)
        {
            await Transaction.DisposeAsync();
            await ownConnection.DisposeAsync();
        }
    }

    private async Task EnlistAsync(CancellationToken ct)
    {
        await Meetings.Database.UseTransactionAsync(Transaction, ct);
        await Domain.Database.UseTransactionAsync(Transaction, ct);
    }
}
