using System.ComponentModel;
using System.Globalization;
using Review4U.Cli.Commands.Vpi;
using Review4U.Cli.Infrastructure;
using Review4U.FollowUp.Plans;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Plan;

internal sealed class DraftPlanCommand(CliSettings cli, IAnsiConsole console) : AsyncCommand<DraftPlanCommand.Settings>
{
    internal sealed class Settings : FollowUpSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The plan's YAML file of activities (docs/vpi-import.md, \"Annual activity plan\").")]
        public string File { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var followUp = new CliFollowUp(cli, settings.Workflows);
        var result = await followUp.Get<PlanDrafting>().DraftFileAsync(settings.File, settings.Body, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems)
            {
                console.WriteRawLine(problem.ToString());
            }

            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]error:[/] {result.Problems.Count} problem(s) in {settings.File}; nothing was written.");
            return 1;
        }

        console.WriteRawLine(string.Create(CultureInfo.InvariantCulture,
            $"drafted the {result.Year} plan of {settings.Body.ToUpperInvariant()}, version {result.Version}, {result.ActivityCount} activities; submit it with review4u plan submit"));
        return 0;
    }
}
