using System.ComponentModel;
using Review4U.Workflows.Registry;
using Review4U.Workflows.Schema;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Workflows;

/// <summary>Regenerates schema.json from every step type this process registers (built-ins and modules).</summary>
internal sealed class WriteSchemaCommand(StepRegistry registry, IAnsiConsole console) : AsyncCommand<WriteSchemaCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-o|--output <FILE>")]
        [Description("Where to write the schema.")]
        [DefaultValue("workflows/schema.json")]
        public string Output { get; init; } = "workflows/schema.json";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(settings.Output, WorkflowSchemaGenerator.Generate(registry), cancellationToken);
        console.MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture, $"wrote [bold]{settings.Output}[/] ({registry.Descriptors.Count} step types)");
        return 0;
    }
}
