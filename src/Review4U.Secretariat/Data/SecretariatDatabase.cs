using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;

namespace Review4U.Secretariat.Data;

/// <summary>How the secretariat context talks to PostgreSQL, and its migrations (history in <c>secretariat.__EFMigrationsHistory</c>).</summary>
public static class SecretariatDatabase
{
    public static DbContextOptions<SecretariatDbContext> Options(string connectionString) => ModuleDatabase.Options<SecretariatDbContext>(connectionString);

    /// <summary>A context on a caller's open connection, to join its transaction.</summary>
    public static DbContextOptions<SecretariatDbContext> Options(DbConnection connection) => ModuleDatabase.Options<SecretariatDbContext>(connection);

    public static Task MigrateSecretariatAsync(string connectionString, CancellationToken ct) => ModuleDatabase.MigrateAsync<SecretariatDbContext>(connectionString, ct);
}
