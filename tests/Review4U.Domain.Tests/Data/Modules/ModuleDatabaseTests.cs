using Microsoft.EntityFrameworkCore;
using Npgsql;
using Review4U.Data.Modules;
using Review4U.Meetings.Data;
using Review4U.TestKit.Postgres;

namespace Review4U.Domain.Tests.Data.Modules;

public sealed class ModuleDatabaseTests
{
    [Fact]
    public async Task MigrateAsync_CreatesTheModulesTablesWithTheHistoryInItsOwnSchema_WhenDatabaseIsEmpty()
    {
        await using var database = await TestDatabase.CreateEmptyAsync();

        await ModuleDatabase.MigrateAsync<MeetingsDbContext>(database.ConnectionString, CancellationToken.None);

        var tables = await TablesAsync(database.ConnectionString);
        Assert.Contains(("meetings", "__EFMigrationsHistory"), tables);
        Assert.Contains(("meetings", "agenda_items"), tables);
        Assert.DoesNotContain(tables, t => t.Schema != "meetings");
    }

    [Fact]
    public async Task MigrateAsync_ChangesNothing_WhenRunTwice()
    {
        await using var database = await TestDatabase.CreateEmptyAsync();
        await ModuleDatabase.MigrateAsync<MeetingsDbContext>(database.ConnectionString, CancellationToken.None);

        await ModuleDatabase.MigrateAsync<MeetingsDbContext>(database.ConnectionString, CancellationToken.None);

        await using var db = new MeetingsDbContext(ModuleDatabase.Options<MeetingsDbContext>(database.ConnectionString));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    private static async Task<List<(string Schema, string Name)>> TablesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')", connection);
        var tables = new List<(string, string)>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add((reader.GetString(0), reader.GetString(1)));
        }

        return tables;
    }
}
