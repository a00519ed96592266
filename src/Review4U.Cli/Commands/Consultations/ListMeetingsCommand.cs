using System.ComponentModel;
using System.Globalization;
using Review4U.Cli.Infrastructure;
using Review4U.Meetings.Queries;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Consultations;

/// <summary>`consultations list --body CODE [--kind K] [--json]`.</summary>
internal sealed class ListMeetingsCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<ListMeetingsCommand.Settings>
{
    internal sealed class Settings : ConsultationSettings
    {
        [CommandOption("--body <CODE>")]
        [Description("The alliance or network.")]
        public string Body { get; init; } = "";

        [CommandOption("--kind <KIND>")]
        [Description("Only consultation or steering-committee meetings.")]
        public string? Kind { get; init; }

        [CommandOption("--json")]
        [Description("Print JSON instead of a table.")]
        public bool AsJson { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var output = console ?? AnsiConsole.Console;
        await using var meetings = new CliMeetings(cli, settings.Workflows);
        var list = await meetings.Get<MeetingQueries>().ListAsync(settings.Body, settings.Kind, cancellationToken);
        if (settings.AsJson)
        {
            CliOutput.WriteJson(output, list);
            return 0;
        }

        var table = new Table().AddColumns("Id", "Kind", "Period", "Status", "Starts (local)", "Seq", "Agenda", "Actions");
        foreach (var m in list)
        {
            table.AddRow(m.Id.ToString(), m.Kind, m.Period, m.Status, CliOutput.Local(m.StartsAt),
                m.Sequence.ToString(CultureInfo.InvariantCulture), m.AgendaItems.ToString(CultureInfo.InvariantCulture), m.ActionItems.ToString(CultureInfo.InvariantCulture));
        }

        output.Write(table);
        return 0;
    }
}
