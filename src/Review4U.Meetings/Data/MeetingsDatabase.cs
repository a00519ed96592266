using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Review4U.Meetings.Data;

/// <summary>How the meetings context talks to PostgreSQL, and the schema's migrations (history in <c>meetings.__EFMigrationsHistory</c>).</summary>
public static class MeetingsDatabase
{
    public static DbContextOptions<MeetingsDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<MeetingsDbContext>()
            .UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory", MeetingsDbContext.Schema))
            .Options;

    /// <summary>A context on a caller's open connection (a workflow step's), to join its transaction.</summary>
    public static DbContextOptions<MeetingsDbContext> Options(DbConnection connection) =>
        new DbContextOptionsBuilder<MeetingsDbContext>()
            .UseNpgsql(connection, o => o.MigrationsHistoryTable("__EFMigrationsHistory", MeetingsDbContext.Schema))
            .Options;

    public static async Task MigrateMeetingsAsync(string connectionString, CancellationToken ct)
    {
        await using var context = new MeetingsDbContext(Options(connectionString));
        await context.Database.MigrateAsync(ct);
    }
}
