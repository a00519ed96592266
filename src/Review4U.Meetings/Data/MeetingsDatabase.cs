using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;

namespace Review4U.Meetings.Data;

/// <summary>How the meetings context talks to PostgreSQL, and the schema's migrations (history in <c>meetings.__EFMigrationsHistory</c>).</summary>
public static class MeetingsDatabase
{
    public static DbContextOptions<MeetingsDbContext> Options(string connectionString) => ModuleDatabase.Options<MeetingsDbContext>(connectionString);

    /// <summary>A context on a caller's open connection (a workflow step's), to join its transaction.</summary>
    public static DbContextOptions<MeetingsDbContext> Options(DbConnection connection) => ModuleDatabase.Options<MeetingsDbContext>(connection);

    public static Task MigrateMeetingsAsync(string connectionString, CancellationToken ct) => ModuleDatabase.MigrateAsync<MeetingsDbContext>(connectionString, ct);
}
