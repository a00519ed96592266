using System.ComponentModel;
using System.Globalization;
using Review4U.Cli.Infrastructure;
using Review4U.Data.Members;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Members;

internal sealed class ImportMembersCommand(MemberImporter importer, IAnsiConsole console) : AsyncCommand<ImportMembersCommand.Settings>
{
    public sealed class Settings : BodyOption
    {
        [CommandArgument(0, "<FILE>")]
        [Description("A .csv, .yaml or .yml file.")]
        public string File { get; init; } = "";

        [CommandOption("--dry-run")]
        [Description("Check the file and show what would change, without writing anything.")]
        public bool DryRun { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var result = await importer.ImportFileAsync(settings.File, settings.Body, settings.DryRun, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems)
            {
                console.WriteRawLine(problem.ToString());
            }

            console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"[red]error:[/] {result.Problems.Count} problem(s) in {settings.File}; nothing was imported.");
            return 1;
        }

        var c = result.Counts!;
        var verb = result.DryRun ? "dry run, nothing written: would import" : "imported";
        console.WriteRawLine(string.Create(CultureInfo.InvariantCulture,
            $"{verb} {settings.File} into {settings.Body}: organisations {c.OrganisationsCreated} new, {c.OrganisationsUpdated} updated, {c.OrganisationsUnchanged} unchanged; " +
            $"contacts {c.ContactsCreated} new, {c.ContactsUpdated} updated; memberships {c.MembershipsAdded} new"));
        return 0;
    }
}
