using Microsoft.EntityFrameworkCore;

namespace Review4U.Data;

/// <summary>Applies the domain schema's checked-in migrations (used by <c>review4u db migrate</c> and test templates).</summary>
public static class DomainMigrations
{
    public static async Task MigrateDomainAsync(string connectionString, CancellationToken ct)
    {
        await using var db = new Review4UDbContext(Review4UDbContextOptions.For(connectionString));
        await db.Database.MigrateAsync(ct);
    }
}
