using Microsoft.EntityFrameworkCore;
using Npgsql;
using Review4U.Data;

namespace Review4U.Rounds.Data;

/// <summary>
/// The rounds and domain contexts on one open connection, joined to one transaction: a workflow step's (so its
/// effects commit with the instance's state) or a service's own.
/// </summary>
public sealed class StepDatabase : IAsyncDisposable
{
    private StepDatabase(NpgsqlTransaction transaction, RoundsDbContext rounds, Review4UDbContext domain)
    {
        Transaction = transaction;
        Rounds = rounds;
        Domain = domain;
    }

    public NpgsqlTransaction Transaction { get; }

    public NpgsqlConnection Connection => Transaction.Connection!;

    public RoundsDbContext Rounds { get; }

    public Review4UDbContext Domain { get; }

    public static async Task<StepDatabase> JoinAsync(System.Data.Common.DbTransaction transaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var npgsql = (NpgsqlTransaction)transaction;
        var connection = npgsql.Connection ?? throw new InvalidOperationException("The transaction has no connection (already finished?).");
        var rounds = new RoundsDbContext(RoundsDatabase.Options(connection));
        await rounds.Database.UseTransactionAsync(npgsql, ct);
        var domain = new Review4UDbContext(Review4UDbContextOptions.For(connection));
        await domain.Database.UseTransactionAsync(npgsql, ct);
        return new StepDatabase(npgsql, rounds, domain);
    }

    public async ValueTask DisposeAsync()
    {
        await Rounds.DisposeAsync();
        await Domain.DisposeAsync();
    }
}
