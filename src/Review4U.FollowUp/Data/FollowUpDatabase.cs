using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Review4U.FollowUp.Data;

/// <summary>How the follow-up context talks to PostgreSQL, and its migrations (history in <c>followup.__EFMigrationsHistory</c>).</summary>
public static class FollowUpDatabase
{
    public static DbContextOptions<FollowUpDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<FollowUpDbContext>()
            .UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory", FollowUpDbContext.Schema))
            .Options;

    /// <summary>A context on a caller's open connection (a workflow step's), to join its transaction.</summary>
    public static DbContextOptions<FollowUpDbContext> Options(DbConnection connection) =>
        new DbContextOptionsBuilder<FollowUpDbContext>()
            .UseNpgsql(connection, o => o.MigrationsHistoryTable("__EFMigrationsHistory", FollowUpDbContext.Schema))
            .Options;

    public static async Task MigrateFollowUpAsync(string connectionString, CancellationToken ct)
    {
        await using var context = new FollowUpDbContext(Options(connectionString));
        await context.Database.MigrateAsync(ct);
    }
}
