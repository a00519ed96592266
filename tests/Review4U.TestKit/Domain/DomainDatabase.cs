using Microsoft.EntityFrameworkCore;
using Review4U.Data;
using Review4U.TestKit.Postgres;

namespace Review4U.TestKit.Domain;

/// <summary>A test database with the domain schema migrated, copied from a template built once per migration set.</summary>
public static class DomainDatabase
{
    private static readonly Lazy<string> TemplateKey = new(() =>
    {
        using var db = new Review4UDbContext(Review4UDbContextOptions.For(PostgresServer.AdminConnectionString));
        return "domain:" + string.Join(",", db.Database.GetMigrations());
    });

    public static Task<TestDatabase> CreateAsync() =>
        TestDatabase.CreateFromTemplateAsync(TemplateKey.Value, cs => DomainMigrations.MigrateDomainAsync(cs, CancellationToken.None));

    public static Review4UDbContext OpenContext(this TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return new Review4UDbContext(Review4UDbContextOptions.For(database.ConnectionString));
    }
}
