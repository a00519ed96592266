namespace Review4U.Cli.Infrastructure;

/// <summary>One module's schema migrations, applied by <c>review4u db migrate</c>. Register one per module.</summary>
public interface IDatabaseMigration
{
    /// <summary>Shown while migrating, e.g. "domain (schema review4u)".</summary>
    string Name { get; }

    Task MigrateAsync(string connectionString, CancellationToken ct);
}
