using Review4U.Cli.Infrastructure;
using Review4U.Meetings.Queries;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Consultations;

/// <summary>`consultations actions MEETING [--json]`: the action items with owners, due days and status.</summary>
internal sealed class ActionsCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<MeetingReadSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, MeetingReadSettings settings, CancellationToken cancellationToken)
    {
        var output = console ?? AnsiConsole.Console;
        await using var meetings = new CliMeetings(cli, settings.Workflows);
        var details = await meetings.Get<MeetingQueries>().ShowAsync(CliMeetings.ParseId(settings.Id), cancellationToken);
        if (settings.AsJson)
        {
            CliOutput.WriteJson(output, details.Actions);
            return 0;
        }

        WriteActions(output, details.Actions);
        return 0;
    }

    public static void WriteActions(IAnsiConsole output, IReadOnlyList<ActionItemView> actions)
    {
        var table = new Table().AddColumns("Action", "Id", "Owner", "Due", "Status");
        foreach (var a in actions)
        {
            table.AddRow(Markup.Escape(a.Title), a.Id.ToString(), Markup.Escape($"{a.OwnerName} <{a.OwnerEmail}>"), Dates.Format(a.DueOn), a.Status);
        }

        output.Write(table);
    }
}
