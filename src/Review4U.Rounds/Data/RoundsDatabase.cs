using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Review4U.Rounds.Data;

/// <summary>How the rounds context talks to PostgreSQL, and the schema's migrations (history in <c>rounds.__EFMigrationsHistory</c>).</summary>
public static class RoundsDatabase
{
    public static DbContextOptions<RoundsDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<RoundsDbContext>()
            .UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory", RoundsDbContext.Schema))
            .Options;

    /// <summary>A context on a caller's open connection (a workflow step's), to join its transaction.</summary>
    public static DbContextOptions<RoundsDbContext> Options(DbConnection connection) =>
        new DbContextOptionsBuilder<RoundsDbContext>()
            .UseNpgsql(connection, o => o.MigrationsHistoryTable("__EFMigrationsHistory", RoundsDbContext.Schema))
            .Options;

    public static async Task MigrateRoundsAsync(string connectionString, CancellationToken ct)
    {
        await using var context = new RoundsDbContext(Options(connectionString));
        await context.Database.MigrateAsync(ct);
    }
}
