using System.ComponentModel;
using System.Globalization;
using Review4U.Cli.Infrastructure;
using Review4U.FollowUp;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Vpi;

internal sealed class ListVpiCommand(CliSettings cli, IAnsiConsole console) : AsyncCommand<ListVpiCommand.Settings>
{
    internal sealed class Settings : FollowUpSettings
    {
        [CommandOption("--json")]
        [Description("Print the commitments as JSON.")]
        public bool AsJson { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var followUp = new CliFollowUp(cli, settings.Workflows);
        var list = await CliFollowUp.Guard(() => followUp.Get<FollowUpQueries>().ListAsync(settings.Body, cancellationToken));
        if (settings.AsJson)
        {
            return JsonOutput.Write(console, list);
        }

        var table = new Table().AddColumns("Key", "Title", "Owner", "Due", "Status", "Progress");
        foreach (var c in list)
        {
            table.AddRow(
                Markup.Escape(c.Parent is null ? c.Key : "  " + c.Key), Markup.Escape(c.Title), Markup.Escape(c.Owner),
                c.Overdue ? $"[red]{c.Due:yyyy-MM-dd} overdue[/]" : c.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Markup.Escape(c.Status), string.Create(CultureInfo.InvariantCulture, $"{c.Progress}%"));
        }

        console.Write(table);
        return 0;
    }
}
