using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Review4U.Data.Modules;

/// <summary>
/// The two ways into a <see cref="ModuleUnitOfWork{TModule}"/>: join a transaction already open (a workflow step's
/// <c>StepContext.Transaction</c>, the inbound email's), or open a connection and transaction of one's own.
/// </summary>
public static class ModuleUnitOfWork
{
    /// <summary>Joins the caller's open transaction; disposing the unit leaves the transaction and its connection to the caller.</summary>
    public static Task<ModuleUnitOfWork<TModule>> JoinAsync<TModule>(DbTransaction transaction, CancellationToken ct)
        where TModule : DbContext, IModuleDbContext<TModule>
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var npgsql = (NpgsqlTransaction)transaction;
        var connection = npgsql.Connection ?? throw new InvalidOperationException("The transaction has no connection (already finished?).");
        return new ModuleUnitOfWork<TModule>(npgsql, connection, ownConnection: null).EnlistAsync(ct);
    }

    /// <summary>Opens a connection and begins a transaction of its own: commit with <c>CommitAsync</c>, else disposing rolls back.</summary>
    public static async Task<ModuleUnitOfWork<TModule>> BeginAsync<TModule>(string connectionString, CancellationToken ct)
        where TModule : DbContext, IModuleDbContext<TModule>
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct);
            var transaction = await connection.BeginTransactionAsync(ct);
            return await new ModuleUnitOfWork<TModule>(transaction, connection, ownConnection: connection).EnlistAsync(ct);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
