using System.ComponentModel;
using System.Globalization;
using Review4U.Cli.Infrastructure;
using Review4U.FollowUp;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Vpi;

internal sealed class ShowVpiCommand(CliSettings cli, IAnsiConsole console) : AsyncCommand<ShowVpiCommand.Settings>
{
    internal sealed class Settings : FollowUpSettings
    {
        [CommandArgument(0, "<KEY>")]
        [Description("The commitment's key, e.g. P1.2.")]
        public string Key { get; init; } = "";

        [CommandOption("--json")]
        [Description("Print the commitment, its indicators and timeline as JSON.")]
        public bool AsJson { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var followUp = new CliFollowUp(cli, settings.Workflows);
        var details = await CliFollowUp.Guard(() => followUp.Get<FollowUpQueries>().ShowAsync(settings.Body, settings.Key, cancellationToken));
        if (settings.AsJson)
        {
            return JsonOutput.Write(console, new
            {
                details.Summary, details.Description, details.ThematicArea,
                Indicators = details.Indicators.Select(i => new { i.Name, i.Baseline, i.Target, i.Current }),
                Timeline = details.Timeline.Select(t => new { t.Date, t.Status, t.Progress, t.Note, t.Source, t.Actor }),
            });
        }

        var s = details.Summary;
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]{s.Key}. {s.Title}[/]");
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Owner: {s.Owner} <{s.OwnerEmail}> · Due: {s.Due:yyyy-MM-dd}{(s.Overdue ? " (overdue)" : "")} · Status: {s.Status} · Progress: {s.Progress}%");
        var indicators = new Table().AddColumns("Indicator", "Baseline", "Target", "Current");
        foreach (var i in details.Indicators)
        {
            indicators.AddRow(Markup.Escape(i.Name), Markup.Escape(i.Baseline ?? "-"), Markup.Escape(i.Target ?? "-"), Markup.Escape(i.Current ?? "-"));
        }

        console.Write(indicators);
        foreach (var t in details.Timeline)
        {
            console.WriteRawLine(string.Create(CultureInfo.InvariantCulture, $"{t.Date:yyyy-MM-dd}  {t.Status,-11} {t.Progress,3}%  {t.Source,-6} {t.Actor}: {t.Note}"));
        }

        return 0;
    }
}
