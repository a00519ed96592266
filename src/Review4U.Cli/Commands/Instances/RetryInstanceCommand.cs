using System.ComponentModel;
using Review4U.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Instances;

internal sealed class RetryInstanceCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<RetryInstanceCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<ID>")]
        [Description("The instance id.")]
        public string Id { get; init; } = "";

        [CommandOption("--skip")]
        [Description("Skip the failed steps instead of retrying them.")]
        public bool Skip { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var engine = new CliWorkflowEngine(cli);
        var id = CliWorkflowEngine.ParseId(settings.Id);
        var actor = "cli:" + Environment.UserName;
        int count;
        try
        {
            count = settings.Skip ? await engine.Runtime.SkipAsync(id, actor, cancellationToken) : await engine.Runtime.RetryAsync(id, actor, cancellationToken);
        }
        catch (KeyNotFoundException e)
        {
            throw new UserFacingException(e.Message, e);
        }

        if (count == 0)
        {
            throw new UserFacingException($"Instance {id} has no open incident.");
        }

        (console ?? AnsiConsole.Console).MarkupLine($"[green]{(settings.Skip ? "skipped" : "retrying")}[/] {count} step(s) of {id}");
        return 0;
    }
}
