using System.ComponentModel;
using Review4U.Cli.Infrastructure;
using Review4U.Workflows.Catalog;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Workflows;

internal sealed class ShowWorkflowCommand(WorkflowCatalogLoader catalogs, IAnsiConsole console) : AsyncCommand<ShowWorkflowCommand.Settings>
{
    public sealed class Settings : WorkflowsFolderSettings
    {
        [CommandArgument(0, "<ID>")]
        [Description("The workflow id, e.g. contribution-round.")]
        public string Id { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var catalog = await WorkflowsFolder.LoadAsync(catalogs, settings.Folder, cancellationToken);
        var definition = catalog.Find(settings.Id);
        if (definition is null)
        {
            var invalid = catalog.Files.Any(file => System.IO.Path.GetFileNameWithoutExtension(file.Path) == settings.Id && !file.IsValid);
            throw new UserFacingException(invalid
                ? $"workflow '{settings.Id}' is invalid: run 'review4u workflows validate {settings.Folder}'"
                : $"no workflow '{settings.Id}' in '{settings.Folder}' (known: {string.Join(", ", catalog.Definitions.Select(d => d.Id))})");
        }

        console.Write(WorkflowTree.Build(definition));
        return 0;
    }
}
