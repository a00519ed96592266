using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Review4U.Secretariat.Data;

/// <summary>How the secretariat context talks to PostgreSQL, and its migrations (history in <c>secretariat.__EFMigrationsHistory</c>).</summary>
public static class SecretariatDatabase
{
    public static DbContextOptions<SecretariatDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<SecretariatDbContext>()
            .UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory", SecretariatDbContext.Schema))
            .Options;

    /// <summary>A context on a caller's open connection, to join its transaction.</summary>
    public static DbContextOptions<SecretariatDbContext> Options(DbConnection connection) =>
        new DbContextOptionsBuilder<SecretariatDbContext>()
            .UseNpgsql(connection, o => o.MigrationsHistoryTable("__EFMigrationsHistory", SecretariatDbContext.Schema))
            .Options;

    public static async Task MigrateSecretariatAsync(string connectionString, CancellationToken ct)
    {
        await using var context = new SecretariatDbContext(Options(connectionString));
        await context.Database.MigrateAsync(ct);
    }
}
