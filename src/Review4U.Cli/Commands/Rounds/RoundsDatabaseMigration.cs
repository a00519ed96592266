using Review4U.Cli.Infrastructure;
using Review4U.Rounds.Data;

namespace Review4U.Cli.Commands.Rounds;

/// <summary>`db migrate` applies the rounds schema after the domain, email and engine schemas it refers to.</summary>
internal sealed class RoundsDatabaseMigration : IDatabaseMigration
{
    public string Name => "rounds (schema rounds)";

    public Task MigrateAsync(string connectionString, CancellationToken ct) => RoundsDatabase.MigrateRoundsAsync(connectionString, ct);
}
