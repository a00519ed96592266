using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Review4U.Data.Modules;
using Review4U.TestKit.Postgres;

namespace Review4U.Domain.Tests.Data.Modules;

public sealed class ModuleUnitOfWorkTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateEmptyAsync();
        await ScratchDbContext.CreateSchemaAsync(_database.ConnectionString);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task JoinAsync_EnlistsBothContextsInTheCallersTransaction_WhenTheCallerHoldsOne()
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        await using var unit = await ModuleUnitOfWork.JoinAsync<ScratchDbContext>(transaction, None);

        Assert.Same(transaction, unit.Transaction);
        Assert.Same(connection, unit.Connection);
        Assert.Same(transaction, unit.Module.Database.CurrentTransaction!.GetDbTransaction());
        Assert.Same(transaction, unit.Domain.Database.CurrentTransaction!.GetDbTransaction());
    }

    [Fact]
    public async Task JoinAsync_WritesNothing_WhenTheCallerRollsBack()
    {
        await using (var connection = await OpenAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await using (var unit = await ModuleUnitOfWork.JoinAsync<ScratchDbContext>(transaction, None))
            {
                await AddNoteAsync(unit, "rolled back");
            }

            await transaction.RollbackAsync();
        }

        Assert.Empty(await NotesAsync());
    }

    [Fact]
    public async Task DisposeAsync_LeavesTheCallersTransactionOpen_WhenTheUnitJoinedIt()
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var unit = await ModuleUnitOfWork.JoinAsync<ScratchDbContext>(transaction, None))
        {
            await AddNoteAsync(unit, "kept by the caller");
        }

        await transaction.CommitAsync();

        Assert.Equal(ConnectionState.Open, connection.State);
        Assert.Equal(["kept by the caller"], await NotesAsync());
    }

    [Fact]
    public async Task JoinAsync_Throws_WhenTheTransactionIsDisposed()
    {
        await using var connection = await OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await transaction.DisposeAsync();

        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => ModuleUnitOfWork.JoinAsync<ScratchDbContext>(transaction, None));
    }

    [Fact]
    public async Task BeginAsync_Persists_WhenCommitted()
    {
        await using (var unit = await ModuleUnitOfWork.BeginAsync<ScratchDbContext>(_database.ConnectionString, None))
        {
            await AddNoteAsync(unit, "committed");
            await unit.CommitAsync(None);
        }

        Assert.Equal(["committed"], await NotesAsync());
    }

    [Fact]
    public async Task BeginAsync_RollsBackAndClosesItsConnection_WhenDisposedWithoutCommit()
    {
        NpgsqlConnection own;
        await using (var unit = await ModuleUnitOfWork.BeginAsync<ScratchDbContext>(_database.ConnectionString, None))
        {
            own = unit.Connection;
            await AddNoteAsync(unit, "abandoned");
        }

        Assert.Equal(ConnectionState.Closed, own.State);
        Assert.Empty(await NotesAsync());
    }

    [Fact]
    public async Task BeginAsync_Throws_WhenTheDatabaseCannotBeReached()
    {
        var nowhere = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Database = "r4u_no_such_database" }.ConnectionString;

        await Assert.ThrowsAsync<PostgresException>(() => ModuleUnitOfWork.BeginAsync<ScratchDbContext>(nowhere, None));
    }

    private static async Task AddNoteAsync(ModuleUnitOfWork<ScratchDbContext> unit, string text)
    {
        unit.Module.Notes.Add(new NoteRow { Id = Guid.CreateVersion7(), BodyId = Guid.CreateVersion7(), Text = text });
        await unit.Module.SaveChangesAsync(None);
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private async Task<List<string>> NotesAsync()
    {
        await using var db = new ScratchDbContext(ModuleDatabase.Options<ScratchDbContext>(_database.ConnectionString));
        return await db.Notes.Select(n => n.Text).ToListAsync();
    }
}
