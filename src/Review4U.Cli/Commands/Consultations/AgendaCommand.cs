using System.Globalization;
using Review4U.Cli.Infrastructure;
using Review4U.Meetings.Queries;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Consultations;

/// <summary>`consultations agenda MEETING [--json]`: proposed items, their votes, the settled order.</summary>
internal sealed class AgendaCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<MeetingReadSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, MeetingReadSettings settings, CancellationToken cancellationToken)
    {
        var output = console ?? AnsiConsole.Console;
        await using var meetings = new CliMeetings(cli, settings.Workflows);
        var details = await meetings.Get<MeetingQueries>().ShowAsync(CliMeetings.ParseId(settings.Id), cancellationToken);
        if (settings.AsJson)
        {
            CliOutput.WriteJson(output, details.Agenda);
            return 0;
        }

        WriteAgenda(output, details.Agenda);
        return 0;
    }

    public static void WriteAgenda(IAnsiConsole output, IReadOnlyList<AgendaItemView> agenda)
    {
        var table = new Table().AddColumns("#", "Item", "Id", "Proposed by", "Source", "Status", "For", "Against");
        foreach (var i in agenda)
        {
            table.AddRow(i.Position?.ToString(CultureInfo.InvariantCulture) ?? "", Markup.Escape(i.Title), i.Id.ToString(), Markup.Escape(i.ProposedBy), i.Source, i.Status,
                i.Approvals.ToString(CultureInfo.InvariantCulture), i.Rejections.ToString(CultureInfo.InvariantCulture));
        }

        output.Write(table);
    }
}
