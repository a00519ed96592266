using System.ComponentModel;
using Review4U.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Instances;

internal sealed class CancelInstanceCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<CancelInstanceCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<ID>")]
        [Description("The instance id.")]
        public string Id { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var engine = new CliWorkflowEngine(cli);
        var id = CliWorkflowEngine.ParseId(settings.Id);
        try
        {
            await engine.Runtime.CancelAsync(id, "cli:" + Environment.UserName, cancellationToken);
        }
        catch (KeyNotFoundException e)
        {
            throw new UserFacingException(e.Message, e);
        }

        (console ?? AnsiConsole.Console).MarkupLine($"[green]cancelled[/] {id}");
        return 0;
    }
}
