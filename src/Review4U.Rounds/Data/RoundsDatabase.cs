using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;

namespace Review4U.Rounds.Data;

/// <summary>How the rounds context talks to PostgreSQL, and the schema's migrations (history in <c>rounds.__EFMigrationsHistory</c>).</summary>
public static class RoundsDatabase
{
    public static DbContextOptions<RoundsDbContext> Options(string connectionString) => ModuleDatabase.Options<RoundsDbContext>(connectionString);

    public static Task MigrateRoundsAsync(string connectionString, CancellationToken ct) => ModuleDatabase.MigrateAsync<RoundsDbContext>(connectionString, ct);
}
