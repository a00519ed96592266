using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;

namespace Review4U.Rounds.Data;

/// <summary>How the rounds context talks to PostgreSQL, and the schema's migrations (history in <c>rounds.__EFMigrationsHistory</c>).</summary>
public static class RoundsDatabase
{
    public static DbContextOptions<RoundsDbContext> Options(string connectionString) => ModuleDatabase.Options<RoundsDbContext>(connectionString);

    /// <summary>A context on a caller's open connection (a workflow step's), to join its transaction.</summary>
    public static DbContextOptions<RoundsDbContext> Options(DbConnection connection) => ModuleDatabase.Options<RoundsDbContext>(connection);

    public static Task MigrateRoundsAsync(string connectionString, CancellationToken ct) => ModuleDatabase.MigrateAsync<RoundsDbContext>(connectionString, ct);
}
