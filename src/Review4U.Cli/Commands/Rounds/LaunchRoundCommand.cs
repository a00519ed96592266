using System.ComponentModel;
using System.Globalization;
using Review4U.Cli.Infrastructure;
using Review4U.Rounds.Launch;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Rounds;

internal sealed class LaunchRoundCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<LaunchRoundCommand.Settings>
{
    internal sealed class Settings : RoundSettings
    {
        [CommandOption("--body <CODE>")]
        [Description("The alliance or network (e.g. NACSA-KE).")]
        public string Body { get; init; } = "";

        [CommandOption("--questionnaire <ID>")]
        [Description("The questionnaire id (a file of workflows/questionnaires).")]
        public string Questionnaire { get; init; } = "";

        [CommandOption("--sections <IDS>")]
        [Description("Comma-separated section ids (default: all sections).")]
        public string? Sections { get; init; }

        [CommandOption("--recipients <RULE>")]
        [Description("all, area:CODE, group:ID or list:FILE (one organisation key or contact email a line).")]
        public string Recipients { get; init; } = "all";

        [CommandOption("--deadline <DATE>")]
        [Description("yyyy-MM-dd (end of that day, UTC) or an ISO 8601 date and time with offset.")]
        public string Deadline { get; init; } = "";

        [CommandOption("--reminders <DAYS>")]
        [Description("Days before the deadline to remind, comma-separated (default 7,2).")]
        public string Reminders { get; init; } = "7,2";

        [CommandOption("--attribution <MODE>")]
        [Description("named or anonymised (default named).")]
        public string Attribution { get; init; } = "named";

        [CommandOption("--quorum <N>")]
        [Description("Steering Committee approvals needed (default 1).")]
        public int Quorum { get; init; } = 1;

        [CommandOption("--review-days <N>")]
        [Description("Days the Steering Committee has once the review opens; undecided reviewers are reminded 2 days before (default: no review deadline).")]
        public int? ReviewDays { get; init; }

        [CommandOption("--key <KEY>")]
        [Description("Idempotency key: launching again with it returns the same round.")]
        public string? Key { get; init; }

        [CommandOption("--title <TEXT>")]
        [Description("The round's title (default: the questionnaire's title and the deadline).")]
        public string? Title { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var output = console ?? AnsiConsole.Console;
        var request = new RoundLaunchRequest
        {
            BodyCode = settings.Body,
            QuestionnaireId = settings.Questionnaire,
            SectionIds = Split(settings.Sections),
            Recipients = Recipients(settings.Recipients),
            Deadline = ParseDeadline(settings.Deadline),
            ReminderDays = Split(settings.Reminders).Select(d => int.TryParse(d, CultureInfo.InvariantCulture, out var n)
                ? n : throw new UserFacingException($"--reminders: '{d}' is not a number of days.")).ToList(),
            Attribution = settings.Attribution,
            Quorum = settings.Quorum,
            ReviewDays = settings.ReviewDays,
            IdempotencyKey = settings.Key,
            Title = settings.Title,
        };
        await using var rounds = new CliRounds(cli, settings.Paths);
        await rounds.LoadWorkflowAsync(cancellationToken);
        try
        {
            var result = await rounds.Get<RoundLauncher>().LaunchAsync(request, cancellationToken);
            output.Markup(result.Created ? "[green]launched[/]" : "[yellow]already launched[/]");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $" round {result.RoundId} (workflow instance {result.WorkflowInstanceId?.ToString() ?? "-"})"));
            return 0;
        }
        catch (RoundLaunchException e)
        {
            throw new UserFacingException(e.Message, e);
        }
    }

    internal static DateTimeOffset ParseDeadline(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : throw new UserFacingException($"--deadline: '{text}' is not a date (yyyy-MM-dd) or an ISO 8601 date and time.");
    }

    private static List<string> Split(string? text) =>
        [.. (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static string Recipients(string rule)
    {
        if (!rule.StartsWith("list:", StringComparison.Ordinal))
        {
            return rule;
        }

        var file = rule[5..];
        if (!File.Exists(file))
        {
            throw new UserFacingException($"--recipients: no list file at '{file}' (one organisation key or contact email a line).");
        }

        var entries = File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));
        return "list:" + string.Join(',', entries);
    }
}
