using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Review4U.Data.Modules;

/// <summary>
/// A module's context and the domain context on one open connection, joined to one transaction: a workflow step's or
/// the inbound email's (the effects commit with the caller's state, which is what makes them idempotent), or one of
/// its own (web pages, CLI; commit with <see cref="CommitAsync"/>). Made by <see cref="ModuleUnitOfWork"/>.
/// </summary>
public sealed class ModuleUnitOfWork<TModule> : IAsyncDisposable
    where TModule : DbContext, IModuleDbContext<TModule>
{
    // Set only when this unit opened the connection and began the transaction itself: then it also ends them.
    private readonly NpgsqlConnection? _ownConnection;
    private Review4UDbContext? _domain;

    internal ModuleUnitOfWork(NpgsqlTransaction transaction, NpgsqlConnection connection, NpgsqlConnection? ownConnection)
    {
        Transaction = transaction;
        Connection = connection;
        _ownConnection = ownConnection;
        Module = TModule.Create(ModuleDatabase.Options<TModule>(connection));
    }

    public NpgsqlTransaction Transaction { get; }

    public NpgsqlConnection Connection { get; }

    /// <summary>The module's own context; each module names it by an extension property (<c>Rounds</c>, <c>Meetings</c>…).</summary>
    public TModule Module { get; }

    /// <summary>
    /// The domain context, made and joined to the transaction on first use: many units never read the domain (a member's
    /// submit does not), and each context costs CPU to start (measured: a sixth of the web host's CPU per submit for two).
    /// </summary>
    public Review4UDbContext Domain => _domain ??= JoinDomain();

    /// <summary>Commits the transaction: for a unit of its own (<see cref="ModuleUnitOfWork.BeginAsync"/>); a joined one leaves that to the caller.</summary>
    public Task CommitAsync(CancellationToken ct) => Transaction.CommitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await Module.DisposeAsync();
        if (_domain is not null)
        {
            await _domain.DisposeAsync();
        }

        if (_ownConnection is not null)
        {
            await Transaction.DisposeAsync();
            await _ownConnection.DisposeAsync();
        }
    }

    // Joining an open transaction that is already the connection's sends nothing to the server: done synchronously.
    private Review4UDbContext JoinDomain()
    {
        var domain = new Review4UDbContext(Review4UDbContextOptions.For(Connection));
        domain.Database.UseTransaction(Transaction);
        return domain;
    }

    internal async Task<ModuleUnitOfWork<TModule>> EnlistAsync(CancellationToken ct)
    {
        try
        {
            await Module.Database.UseTransactionAsync(Transaction, ct);
            return this;
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }
}
