using System.ComponentModel;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Workflows;

/// <summary>The folder holding the workflow files (default: ./workflows).</summary>
internal class WorkflowsFolderSettings : CommandSettings
{
    [CommandOption("-d|--dir <FOLDER>")]
    [Description("Folder of workflow YAML files.")]
    [DefaultValue("workflows")]
    public string Folder { get; init; } = "workflows";
}
