using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Review4U.Data;

namespace Review4U.FollowUp.Data;

/// <summary>
/// The follow-up and domain contexts on one connection, joined to one transaction: a workflow step's or the email
/// module's (<see cref="JoinAsync"/>: effects commit with the caller), or a service's own (<see cref="BeginAsync"/>).
/// </summary>
public sealed class FollowUpSession : IAsyncDisposable
{
    private readonly NpgsqlConnection? ownConnection;

    private FollowUpSession(NpgsqlTransaction transaction, NpgsqlConnection? ownConnection)
    {
        Transaction = transaction;
        this.ownConnection = ownConnection;
        var connection = transaction.Connection ?? throw new InvalidOperationException("The transaction has no connection (already finished?).");
        FollowUp = new FollowUpDbContext(FollowUpDatabase.Options(connection));
        Domain = new Review4UDbContext(Review4UDbContextOptions.For(connection));
    }

    public NpgsqlTransaction Transaction { get; }

    public FollowUpDbContext FollowUp { get; }

    public Review4UDbContext Domain { get; }

    public static async Task<FollowUpSession> JoinAsync(DbTransaction transaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var session = new FollowUpSession((NpgsqlTransaction)transaction, ownConnection: null);
        await session.UseTransactionAsync(ct);
        return session;
    }

    public static async Task<FollowUpSession> BeginAsync(string connectionString, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var transaction = await connection.BeginTransactionAsync(ct);
        var session = new FollowUpSession(transaction, connection);
        await session.UseTransactionAsync(ct);
        return session;
    }

    public Task CommitAsync(CancellationToken ct) => Transaction.CommitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await FollowUp.DisposeAsync();
        await Domain.DisposeAsync();
        if (ownConnection is not null)
        {
            await Transaction.DisposeAsync();
            await ownConnection.DisposeAsync();
        }
    }

    private async Task UseTransactionAsync(CancellationToken ct)
    {
        await FollowUp.Database.UseTransactionAsync(Transaction, ct);
        await Domain.Database.UseTransactionAsync(Transaction, ct);
    }
}
