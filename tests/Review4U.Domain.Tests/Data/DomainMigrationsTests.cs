using Microsoft.EntityFrameworkCore;
using Npgsql;
using Review4U.Data;
using Review4U.TestKit.Postgres;

namespace Review4U.Domain.Tests.Data;

public sealed class DomainMigrationsTests
{
    [Fact]
    public async Task MigrateDomainAsync_CreatesTheSchemaAndHistory_WhenDatabaseIsEmpty()
    {
        await using var database = await TestDatabase.CreateEmptyAsync();

        await DomainMigrations.MigrateDomainAsync(database.ConnectionString, CancellationToken.None);

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'review4u' ORDER BY table_name", connection);
        var tables = new List<string>();
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Equal(
            ["__EFMigrationsHistory", "bodies", "contacts", "government_focal_points", "memberships", "organisations",
             "role_assignments", "secretariat_renewals", "secretariat_terms", "working_groups"],
            tables);
    }

    [Fact]
    public async Task MigrateDomainAsync_ChangesNothing_WhenRunTwice()
    {
        await using var database = await TestDatabase.CreateEmptyAsync();
        await DomainMigrations.MigrateDomainAsync(database.ConnectionString, CancellationToken.None);

        await DomainMigrations.MigrateDomainAsync(database.ConnectionString, CancellationToken.None);

        await using var db = new Review4UDbContext(Review4UDbContextOptions.For(database.ConnectionString));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
