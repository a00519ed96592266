using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;

namespace Review4U.FollowUp.Data;

/// <summary>How the follow-up context talks to PostgreSQL, and its migrations (history in <c>followup.__EFMigrationsHistory</c>).</summary>
public static class FollowUpDatabase
{
    public static DbContextOptions<FollowUpDbContext> Options(string connectionString) => ModuleDatabase.Options<FollowUpDbContext>(connectionString);

    public static Task MigrateFollowUpAsync(string connectionString, CancellationToken ct) => ModuleDatabase.MigrateAsync<FollowUpDbContext>(connectionString, ct);
}
