using Microsoft.EntityFrameworkCore;
using Npgsql;
using Review4U.Data;

namespace Review4U.Secretariat.Data;

/// <summary>
/// The secretariat and domain contexts on one open connection, joined to one transaction: a workflow step's or the
/// email module's (so effects commit with the instance's state or the inbound reply), or one of its own.
/// </summary>
public sealed class SecretariatUnit : IAsyncDisposable
{
    private readonly NpgsqlConnection? ownConnection;

    private SecretariatUnit(NpgsqlTransaction transaction, SecretariatDbContext secretariat, Review4UDbContext domain, NpgsqlConnection? own)
    {
        Transaction = transaction;
        Secretariat = secretariat;
        Domain = domain;
        ownConnection = own;
    }

    public NpgsqlTransaction Transaction { get; }

    public NpgsqlConnection Connection => Transaction.Connection!;

    public SecretariatDbContext Secretariat { get; }

    public Review4UDbContext Domain { get; }

    public static Task<SecretariatUnit> JoinAsync(System.Data.Common.DbTransaction transaction, CancellationToken ct) =>
        CreateAsync((NpgsqlTransaction)transaction, null, ct);

    /// <summary>A connection and transaction of its own (web pages, CLI): commit with <see cref="CommitAsync"/>.</summary>
    public static async Task<SecretariatUnit> BeginAsync(string connectionString, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var transaction = await connection.BeginTransactionAsync(ct);
        return await CreateAsync(transaction, connection, ct);
    }

    public Task CommitAsync(CancellationToken ct) => Transaction.CommitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await Secretariat.DisposeAsync();
        await Domain.DisposeAsync();
        if (ownConnection is not null)
        {
            await Transaction.DisposeAsync();
            await ownConnection.DisposeAsync();
        }
    }

    private static async Task<SecretariatUnit> CreateAsync(NpgsqlTransaction transaction, NpgsqlConnection? own, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var connection = transaction.Connection ?? throw new InvalidOperationException("The transaction has no connection (already finished?).");
        var secretariat = new SecretariatDbContext(SecretariatDatabase.Options(connection));
        await secretariat.Database.UseTransactionAsync(transaction, ct);
        var domain = new Review4UDbContext(Review4UDbContextOptions.For(connection));
        await domain.Database.UseTransactionAsync(transaction, ct);
        return new SecretariatUnit(transaction, secretariat, domain, own);
    }
}
