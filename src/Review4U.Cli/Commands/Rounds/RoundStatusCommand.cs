using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Review4U.Cli.Infrastructure;
using Review4U.Rounds.Progress;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Rounds;

internal sealed class RoundStatusCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<RoundStatusCommand.Settings>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    internal sealed class Settings : RoundIdSettings
    {
        [CommandOption("--json")]
        [Description("Print the progress as JSON.")]
        public bool AsJson { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var output = console ?? AnsiConsole.Console;
        await using var rounds = new CliRounds(cli, settings.Paths);
        var progress = await rounds.Get<RoundProgressQuery>().GetAsync(CliRounds.ParseId(settings.Id), cancellationToken)
            ?? throw new UserFacingException($"No round has the id {settings.Id}.");
        if (settings.AsJson)
        {
            // Raw to the terminal's writer: the console would wrap long lines inside JSON strings.
            output.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(progress, Json));
            return 0;
        }

        output.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"[bold]{progress.Title}[/] · {progress.Status} · deadline {progress.Deadline.UtcDateTime:yyyy-MM-dd HH:mm} UTC");
        var byStatus = new BreakdownChart().FullSize();
        foreach (var (status, color) in new[] { ("submitted", Color.Green), ("draft", Color.Yellow), ("pending", Color.Grey), ("declined", Color.Red) })
        {
            byStatus.AddItem(status, progress.Members.Count(m => m.Status == status), color);
        }

        output.Write(byStatus);
        var coverage = new BarChart().Label("Coverage per question (%)").WithMaxValue(100);
        foreach (var question in progress.Questions)
        {
            coverage.AddItem($"{question.QuestionId} ({question.Answered}/{question.Asked})", Math.Round(question.Percent, 1), Color.Green);
        }

        output.Write(coverage);
        var table = new Table().AddColumns("Organisation", "Status", "Answered", "Progress");
        foreach (var member in progress.Members)
        {
            var filled = member.QuestionsAsked == 0 ? 0 : (int)Math.Round(20.0 * member.QuestionsAnswered / member.QuestionsAsked);
            table.AddRow(
                Markup.Escape(member.Organisation),
                Markup.Escape(member.DeclineReason is null ? member.Status : $"{member.Status}: {member.DeclineReason}"),
                string.Create(CultureInfo.InvariantCulture, $"{member.QuestionsAnswered}/{member.QuestionsAsked}"),
                "[green]" + new string('█', filled) + "[/][grey]" + new string('░', 20 - filled) + "[/]");
        }

        output.Write(table);
        return 0;
    }
}
