using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;

namespace Review4U.FollowUp.Data;

/// <summary>How the follow-up context talks to PostgreSQL, and its migrations (history in <c>followup.__EFMigrationsHistory</c>).</summary>
public static class FollowUpDatabase
{
    public static DbContextOptions<FollowUpDbContext> Options(string connectionString) => ModuleDatabase.Options<FollowUpDbContext>(connectionString);

    /// <summary>A context on a caller's open connection (a workflow step's), to join its transaction.</summary>
    public static DbContextOptions<FollowUpDbContext> Options(DbConnection connection) => ModuleDatabase.Options<FollowUpDbContext>(connection);

    public static Task MigrateFollowUpAsync(string connectionString, CancellationToken ct) => ModuleDatabase.MigrateAsync<FollowUpDbContext>(connectionString, ct);
}
