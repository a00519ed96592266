using System.ComponentModel;
using System.Globalization;
using Review4U.Cli.Infrastructure;
using Review4U.Domain;
using Review4U.Meetings.Minutes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Consultations;

/// <summary>`consultations attendance MEETING --email A [--email B] --status S`: registrations and attendance.</summary>
internal sealed class AttendanceCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<AttendanceCommand.Settings>
{
    internal sealed class Settings : MeetingIdSettings
    {
        [CommandOption("--email <ADDRESS>")]
        [Description("A participant's address (repeat for several).")]
        public string[] Emails { get; init; } = [];

        [CommandOption("--status <STATUS>")]
        [Description("registered, declined, attended or absent.")]
        public string Status { get; init; } = "";
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        MeetingAction.RunAsync(cli, settings, console, async meetings =>
        {
            var count = await meetings.Get<MeetingRecords>().RecordAttendanceAsync(CliMeetings.ParseId(settings.Id), settings.Emails, settings.Status, cancellationToken);
            return string.Create(CultureInfo.InvariantCulture, $"{count} participant(s) {settings.Status}");
        });
}

/// <summary>
/// `consultations minutes MEETING --file PATH [--action "OWNER|yyyy-MM-dd|TITLE"]…`: the minutes and their action items,
/// in one go; the workflow sends the summary, then follows the action items up.
/// </summary>
internal sealed class MinutesCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<MinutesCommand.Settings>
{
    internal sealed class Settings : MeetingIdSettings
    {
        [CommandOption("--file <PATH>")]
        [Description("The minutes (PDF, DOCX, …).")]
        public string File { get; init; } = "";

        [CommandOption("--action <OWNER|DUE|TITLE>")]
        [Description("An action item: owner's email, due day (yyyy-MM-dd) and title, separated by | (repeat for several).")]
        public string[] Actions { get; init; } = [];
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        MeetingAction.RunAsync(cli, settings, console, async meetings =>
        {
            var actions = settings.Actions.Select((text, i) => ParseAction(text, i + 1)).ToList();
            if (!System.IO.File.Exists(settings.File))
            {
                throw new DomainRuleException($"--file: no file at '{settings.File}'.");
            }

            var contentType = ContentTypeOf(settings.File);
            var file = new MinutesFile(Path.GetFileName(settings.File), contentType, await System.IO.File.ReadAllBytesAsync(settings.File, cancellationToken));
            var count = await meetings.Get<MeetingRecords>().UploadMinutesAsync(CliMeetings.ParseId(settings.Id), file, actions, cancellationToken);
            return string.Create(CultureInfo.InvariantCulture, $"minutes {file.FileName} recorded with {count} action item(s)");
        });

    private static string ContentTypeOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".PDF" => "application/pdf",
        ".DOCX" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".ODT" => "application/vnd.oasis.opendocument.text",
        ".HTML" or ".HTM" => "text/html",
        ".TXT" or ".MD" => "text/plain",
        _ => "application/octet-stream",
    };

    public static ActionItemInput ParseAction(string text, int index)
    {
        var parts = text.Split('|', 3, StringSplitOptions.TrimEntries);
        if (parts.Length != 3)
        {
            throw new DomainRuleException(string.Create(CultureInfo.InvariantCulture, $"--action {index}: expected \"owner@example.org|yyyy-MM-dd|Title\", got \"{text}\"."));
        }

        var due = Dates.ParseOptional(parts[1], string.Create(CultureInfo.InvariantCulture, $"--action {index}"))
            ?? throw new DomainRuleException(string.Create(CultureInfo.InvariantCulture, $"--action {index}: the due day is missing."));
        return new ActionItemInput(parts[2], parts[0], due);
    }
}

/// <summary>`consultations add-action MEETING --action "OWNER|DUE|TITLE"`: an action item decided after the minutes.</summary>
internal sealed class AddActionCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<AddActionCommand.Settings>
{
    internal sealed class Settings : MeetingIdSettings
    {
        [CommandOption("--action <OWNER|DUE|TITLE>")]
        [Description("Owner's email, due day (yyyy-MM-dd) and title, separated by |.")]
        public string Action { get; init; } = "";
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        MeetingAction.RunAsync(cli, settings, console, async meetings =>
        {
            await meetings.Get<MeetingRecords>().AddActionAsync(CliMeetings.ParseId(settings.Id), MinutesCommand.ParseAction(settings.Action, 1), cancellationToken);
            return "action item added";
        });
}

/// <summary>`consultations complete-action ACTION`: done; its reminders stop.</summary>
internal sealed class CompleteActionCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<CompleteActionCommand.Settings>
{
    internal sealed class Settings : ConsultationSettings
    {
        [CommandArgument(0, "<ACTION>")]
        [Description("The action item's id (see consultations actions).")]
        public string Action { get; init; } = "";
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        MeetingAction.RunAsync(cli, settings, console, async meetings =>
        {
            await meetings.Get<MeetingRecords>().CompleteActionAsync(CliMeetings.ParseId(settings.Action, "action item"), cancellationToken);
            return "action item done";
        });
}
