using Review4U.Data;

namespace Review4U.Cli.Infrastructure;

internal sealed class DomainDatabaseMigration : IDatabaseMigration
{
    public string Name => "domain (schema review4u)";

    public Task MigrateAsync(string connectionString, CancellationToken ct) => DomainMigrations.MigrateDomainAsync(connectionString, ct);
}
