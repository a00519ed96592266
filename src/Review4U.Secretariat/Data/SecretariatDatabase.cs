using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;

namespace Review4U.Secretariat.Data;

/// <summary>How the secretariat context talks to PostgreSQL, and its migrations (history in <c>secretariat.__EFMigrationsHistory</c>).</summary>
public static class SecretariatDatabase
{
    public static DbContextOptions<SecretariatDbContext> Options(string connectionString) => ModuleDatabase.Options<SecretariatDbContext>(connectionString);

    public static Task MigrateSecretariatAsync(string connectionString, CancellationToken ct) => ModuleDatabase.MigrateAsync<SecretariatDbContext>(connectionString, ct);
}
