using System.Globalization;
using Review4U.Cli.Infrastructure;
using Review4U.Meetings.Queries;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Consultations;

/// <summary>`consultations show MEETING [--json]`: the meeting, participants, agenda with votes, action items.</summary>
internal sealed class ShowMeetingCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<MeetingReadSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, MeetingReadSettings settings, CancellationToken cancellationToken)
    {
        var output = console ?? AnsiConsole.Console;
        await using var meetings = new CliMeetings(cli, settings.Workflows);
        var details = await meetings.Get<MeetingQueries>().ShowAsync(CliMeetings.ParseId(settings.Id), cancellationToken);
        if (settings.AsJson)
        {
            CliOutput.WriteJson(output, details);
            return 0;
        }

        var m = details.Meeting;
        output.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]{m.Title}[/] · {m.Status} · {CliOutput.Local(m.StartsAt)} ({m.TimeZone}) · sequence {m.Sequence}");
        output.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"agenda cut-off {CliOutput.Local(details.AgendaCutoff)} · voting closes {CliOutput.Local(details.SettleBy)} · minutes {details.MinutesFileName ?? "-"}");
        var people = new Table().AddColumns("Participant", "Email", "Role", "SC", "Attendance");
        foreach (var p in details.Participants)
        {
            people.AddRow(Markup.Escape(p.Name), p.Email, p.Role, p.SteeringCommittee ? "yes" : "", p.Attendance);
        }

        output.Write(people);
        AgendaCommand.WriteAgenda(output, details.Agenda);
        ActionsCommand.WriteActions(output, details.Actions);
        return 0;
    }
}
