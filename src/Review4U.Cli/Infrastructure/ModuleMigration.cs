namespace Review4U.Cli.Infrastructure;

/// <summary>A module's migrations given by its <c>MigrateXxxAsync</c> method.</summary>
internal sealed record ModuleMigration(string Name, Func<string, CancellationToken, Task> Migrate) : IDatabaseMigration
{
    public Task MigrateAsync(string connectionString, CancellationToken ct) => Migrate(connectionString, ct);
}
