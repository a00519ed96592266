using System.ComponentModel;
using System.Globalization;
using Review4U.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Instances;

internal sealed class ListInstancesCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<ListInstancesCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--status <STATUS>")]
        [Description("running, waiting, completed, faulted or cancelled.")]
        public string? Status { get; init; }

        [CommandOption("--limit <N>")]
        [Description("How many (default 50).")]
        public int Limit { get; init; } = 50;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var output = console ?? AnsiConsole.Console;
        await using var engine = new CliWorkflowEngine(cli);
        var rows = await engine.Queries.ListAsync(settings.Status, settings.Limit, cancellationToken);
        if (rows.Count == 0)
        {
            output.WriteLine("No workflow instances" + (settings.Status is null ? "." : $" with status {settings.Status}."));
            return 0;
        }

        var table = new Table().AddColumn(new TableColumn("Id").NoWrap()).AddColumns("Workflow", "Status", "Started", "Updated");
        foreach (var row in rows)
        {
            table.AddRow(
                row.Id.ToString(), Markup.Escape($"{row.DefinitionId} v{row.DefinitionVersion}"), Markup.Escape(row.Status),
                row.CreatedAt.ToString("u", CultureInfo.InvariantCulture), row.UpdatedAt.ToString("u", CultureInfo.InvariantCulture));
        }

        output.Write(table);
        return 0;
    }
}
