using System.ComponentModel;
using System.Globalization;
using Review4U.Cli.Commands.Vpi;
using Review4U.Cli.Infrastructure;
using Review4U.FollowUp;
using Review4U.FollowUp.Plans;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Plan;

internal sealed class ShowPlanCommand(CliSettings cli, IAnsiConsole console) : AsyncCommand<ShowPlanCommand.Settings>
{
    internal sealed class Settings : PlanYearSettings
    {
        [CommandOption("--version <N>")]
        [Description("A version (default: the latest).")]
        public int? Version { get; init; }

        [CommandOption("--json")]
        [Description("Print the plan, its activities, decisions and outcome as JSON.")]
        public bool AsJson { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var followUp = new CliFollowUp(cli, settings.Workflows);
        var view = await CliFollowUp.Guard(() => followUp.Get<FollowUpQueries>().PlanAsync(settings.Body, settings.Year, settings.Version, cancellationToken));
        if (settings.AsJson)
        {
            return JsonOutput.Write(console, new
            {
                view.Plan.Year, view.Plan.Version, view.Plan.Title, view.Plan.Status, view.Plan.Quorum, view.Outcome,
                Activities = view.Activities.Select(a => new { a.Key, a.Kind, a.Title, a.StartsAt, a.EndsAt, a.OwnerEmail, a.Location, a.ReminderDays, a.Status }),
                view.Decisions,
            });
        }

        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"[bold]{view.Plan.Title}[/] · version {view.Plan.Version} · {view.Plan.Status} · approvals {view.Outcome.Approvals}/{view.Plan.Quorum}, rejections {view.Outcome.Rejections} of {view.Outcome.Reviewers} reviewers");
        var table = new Table().AddColumns("Key", "Starts (" + view.TimeZoneId + ")", "Kind", "Title", "Owner");
        foreach (var a in view.Activities)
        {
            table.AddRow(Markup.Escape(a.Key), PlanText.Local(a.StartsAt, view.TimeZoneId), Markup.Escape(a.Kind), Markup.Escape(a.Title), Markup.Escape(a.OwnerEmail));
        }

        console.Write(table);
        foreach (var d in view.Decisions)
        {
            console.WriteRawLine($"{d.At.UtcDateTime:yyyy-MM-dd HH:mm} {d.Reviewer} {d.Kind}{(d.ActivityKey is null ? "" : " on " + d.ActivityKey)}: {d.Text}");
        }

        return 0;
    }
}
