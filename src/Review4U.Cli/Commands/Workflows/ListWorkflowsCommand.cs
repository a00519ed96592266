using System.Globalization;
using Review4U.Cli.Infrastructure;
using Review4U.Workflows.Catalog;
using Spectre.Console;
using Spectre.Console.Cli;
using SpectreTable = Spectre.Console.Table;

namespace Review4U.Cli.Commands.Workflows;

internal sealed class ListWorkflowsCommand(WorkflowCatalogLoader catalogs, IAnsiConsole console) : AsyncCommand<WorkflowsFolderSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, WorkflowsFolderSettings settings, CancellationToken cancellationToken)
    {
        var catalog = await WorkflowsFolder.LoadAsync(catalogs, settings.Folder, cancellationToken);
        var table = new SpectreTable().AddColumns("id", "version", "title", "triggers", "steps", "status");
        foreach (var file in catalog.Files)
        {
            if (file.Definition is { } definition)
            {
                table.AddRow(
                    Markup.Escape(definition.Id),
                    definition.Version.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(definition.Title),
                    Markup.Escape(string.Join(", ", definition.Triggers.Select(t => t.Kind.ToString().ToLowerInvariant()))),
                    definition.AllSteps().Count().ToString(CultureInfo.InvariantCulture),
                    "[green]valid[/]");
            }
            else
            {
                table.AddRow(Markup.Escape(Path.GetFileName(file.Path)), "", "", "", "", $"[red]{file.Diagnostics.Count} error(s)[/]");
            }
        }

        console.Write(table);
        return 0;
    }
}
