using Review4U.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Database;

internal sealed class MigrateCommand(IEnumerable<IDatabaseMigration> migrations, CliSettings cli, IAnsiConsole console)
    : AsyncCommand<MigrateCommand.Settings>
{
    public sealed class Settings : CommandSettings;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        foreach (var migration in migrations)
        {
            await migration.MigrateAsync(cli.ConnectionString, cancellationToken);
            console.MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture, $"[green]migrated[/] {migration.Name}");
        }

        return 0;
    }
}
