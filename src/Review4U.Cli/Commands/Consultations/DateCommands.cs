using System.ComponentModel;
using Review4U.Cli.Infrastructure;
using Review4U.Meetings.Scheduling;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Consultations;

/// <summary>`consultations propose-date MEETING --starts LOCAL`: the date; the workflow sends the invitations (SEQUENCE 0).</summary>
internal sealed class ProposeDateCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<MeetingDateSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, MeetingDateSettings settings, CancellationToken cancellationToken) =>
        MeetingAction.RunAsync(cli, settings, console, async meetings =>
        {
            var date = settings.ToMeetingDate();
            var meeting = await meetings.Get<MeetingPlanner>().ProposeDateAsync(CliMeetings.ParseId(settings.Id), date, cancellationToken);
            return $"{meeting.Title}: {CliOutput.Local(BodyTime.Local(meeting.StartsAt!.Value, meeting.TimeZoneId))} ({meeting.TimeZoneId}); invitations go out with the workflow";
        });
}

/// <summary>`consultations reschedule MEETING --starts LOCAL`: a new date; the workflow re-sends the invitations with a higher SEQUENCE.</summary>
internal sealed class RescheduleCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<MeetingDateSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, MeetingDateSettings settings, CancellationToken cancellationToken) =>
        MeetingAction.RunAsync(cli, settings, console, async meetings =>
        {
            var date = settings.ToMeetingDate();
            var meeting = await meetings.Get<MeetingPlanner>().RescheduleAsync(CliMeetings.ParseId(settings.Id), date, cancellationToken);
            return $"{meeting.Title}: moved to {CliOutput.Local(BodyTime.Local(meeting.StartsAt!.Value, meeting.TimeZoneId))}, sequence {meeting.Sequence}";
        });
}

/// <summary>`consultations cancel MEETING [--reason TEXT]`: METHOD:CANCEL to everyone invited; the workflow instance is cancelled.</summary>
internal sealed class CancelMeetingCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<CancelMeetingCommand.Settings>
{
    internal sealed class Settings : MeetingIdSettings
    {
        [CommandOption("--reason <TEXT>")]
        [Description("Why (kept with the meeting).")]
        public string? Reason { get; init; }
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        MeetingAction.RunAsync(cli, settings, console, async meetings =>
        {
            var meeting = await meetings.Get<MeetingPlanner>().CancelAsync(CliMeetings.ParseId(settings.Id), settings.Reason, cancellationToken);
            return $"{meeting.Title}: cancelled";
        });
}
