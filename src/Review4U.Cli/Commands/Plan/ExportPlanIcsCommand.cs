using System.ComponentModel;
using Review4U.Cli.Commands.Vpi;
using Review4U.Cli.Infrastructure;
using Review4U.FollowUp;
using Review4U.FollowUp.Plans;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Plan;

internal sealed class ExportPlanIcsCommand(CliSettings cli, IAnsiConsole console) : AsyncCommand<ExportPlanIcsCommand.Settings>
{
    internal sealed class Settings : PlanYearSettings
    {
        [CommandOption("-o|--output <FILE>")]
        [Description("The .ics file to write (default: CODE-activity-plan-YEAR.ics).")]
        public string? Output { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var followUp = new CliFollowUp(cli, settings.Workflows);
        var ics = await CliFollowUp.Guard(() => followUp.Get<FollowUpQueries>().ExportIcsAsync(settings.Body, settings.Year, cancellationToken));
        var path = settings.Output ?? PlanScheduling.FileName(settings.Body.ToUpperInvariant(), settings.Year);
        await File.WriteAllTextAsync(path, ics, cancellationToken);
        console.WriteRawLine($"wrote {path}");
        return 0;
    }
}
