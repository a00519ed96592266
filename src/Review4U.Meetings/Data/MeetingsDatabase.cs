using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;

namespace Review4U.Meetings.Data;

/// <summary>How the meetings context talks to PostgreSQL, and the schema's migrations (history in <c>meetings.__EFMigrationsHistory</c>).</summary>
public static class MeetingsDatabase
{
    public static DbContextOptions<MeetingsDbContext> Options(string connectionString) => ModuleDatabase.Options<MeetingsDbContext>(connectionString);

    public static Task MigrateMeetingsAsync(string connectionString, CancellationToken ct) => ModuleDatabase.MigrateAsync<MeetingsDbContext>(connectionString, ct);
}
