using System.ComponentModel;
using Review4U.Cli.Infrastructure;
using Review4U.Workflows.Catalog;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Workflows;

/// <summary>Prints every error as <c>file:line:column: message (hint: …)</c>; exit code 1 when there is any.</summary>
internal sealed class ValidateWorkflowsCommand(WorkflowCatalogLoader catalogs, IAnsiConsole console) : AsyncCommand<ValidateWorkflowsCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[PATH]")]
        [Description("A workflows folder or one YAML file (default: workflows).")]
        public string Path { get; init; } = "workflows";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var isFile = File.Exists(settings.Path);
        if (!isFile && !Directory.Exists(settings.Path))
        {
            throw new UserFacingException($"'{settings.Path}' is neither a file nor a folder");
        }

        // A single file is validated with its folder, so references to sibling workflows are checked too.
        var folder = isFile ? System.IO.Path.GetDirectoryName(settings.Path) is { Length: > 0 } parent ? parent : "." : settings.Path;
        var catalog = await catalogs.LoadFolderAsync(folder, cancellationToken);
        var files = isFile
            ? catalog.Files.Where(file => System.IO.Path.GetFullPath(file.Path) == System.IO.Path.GetFullPath(settings.Path)).ToList()
            : [.. catalog.Files];
        var errors = files.SelectMany(file => file.Diagnostics).ToList();
        // Plain, unwrapped lines: editors and CI parse file:line:column from them.
        foreach (var error in errors)
        {
            console.WriteRawLine(error.ToString());
        }

        var summary = $"{files.Count} file(s), {files.Count(file => file.IsValid)} valid, {errors.Count} error(s)";
        console.MarkupLine(errors.Count == 0 ? $"[green]{summary}[/]" : $"[red]{summary}[/]");
        return errors.Count == 0 ? 0 : 1;
    }
}
