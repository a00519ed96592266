using System.ComponentModel;
using System.Globalization;
using Review4U.Cli.Infrastructure;
using Review4U.FollowUp.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Vpi;

internal sealed class ImportVpiCommand(CliSettings cli, IAnsiConsole console) : AsyncCommand<ImportVpiCommand.Settings>
{
    internal sealed class Settings : FollowUpSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("A .yaml, .yml or .csv file of VPI priorities (docs/vpi-import.md).")]
        public string File { get; init; } = "";

        [CommandOption("--dry-run")]
        [Description("Check the file and show what would change, without writing anything.")]
        public bool DryRun { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var followUp = new CliFollowUp(cli, settings.Workflows);
        var result = await followUp.Get<CommitmentImporter>().ImportFileAsync(settings.File, settings.Body, settings.DryRun, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems)
            {
                console.WriteRawLine(problem.ToString());
            }

            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]error:[/] {result.Problems.Count} problem(s) in {settings.File}; nothing was imported.");
            return 1;
        }

        var verb = result.DryRun ? "dry run, nothing written: would import" : "imported";
        console.WriteRawLine(string.Create(CultureInfo.InvariantCulture,
            $"{verb} {settings.File} into {settings.Body.ToUpperInvariant()}: commitments {result.Created} new, {result.Updated} updated, {result.Unchanged} unchanged"));
        return 0;
    }
}
