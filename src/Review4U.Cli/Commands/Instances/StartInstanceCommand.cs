using System.ComponentModel;
using Review4U.Cli.Infrastructure;
using Review4U.Workflows.Runtime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Instances;

internal sealed class StartInstanceCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<StartInstanceCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<WORKFLOW>")]
        [Description("The workflow id (e.g. contribution-round).")]
        public string Workflow { get; init; } = "";

        [CommandOption("--input <KEY=VALUE>")]
        [Description("An input; repeat for several. Values are converted to the input's declared type.")]
        public string[] Inputs { get; init; } = [];

        [CommandOption("--key <KEY>")]
        [Description("Idempotency key: starting again with the same key returns the same instance.")]
        public string? Key { get; init; }

        [CommandOption("--dir <PATH>")]
        [Description("The workflows folder (default: workflows).")]
        public string Directory { get; init; } = "workflows";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var output = console ?? AnsiConsole.Console;
        var inputs = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var pair in settings.Inputs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new UserFacingException($"--input '{pair}' must look like key=value.");
            }

            inputs[pair[..equals]] = pair[(equals + 1)..];
        }

        await using var engine = new CliWorkflowEngine(cli);
        foreach (var problem in await engine.LoadDefinitionsAsync(settings.Directory, cancellationToken))
        {
            output.MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture, $"[yellow]skipped invalid file:[/] {problem}");
        }

        try
        {
            var request = new WorkflowStartRequest(settings.Workflow) { Inputs = inputs, IdempotencyKey = settings.Key, Actor = "cli:" + Environment.UserName };
            var id = await engine.Runtime.StartAsync(request, cancellationToken);
            output.MarkupLine($"[green]started[/] {id}");
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new UserFacingException(e.Message, e);
        }
    }
}
