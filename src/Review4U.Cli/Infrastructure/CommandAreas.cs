using Review4U.Cli.Commands.Instances;
using Review4U.Cli.Commands.Rounds;
using Review4U.Cli.Commands.Workflows;
using Spectre.Console.Cli;

namespace Review4U.Cli.Infrastructure;

/// <summary>Every verb group of the CLI, in the order <c>--help</c> lists them. Each area registers itself.</summary>
internal static class CommandAreas
{
    public static void Register(IConfigurator config)
    {
        InstancesArea.Register(config);
        config.AddWorkflowsCommands();
        RoundsArea.Register(config);
    }
}
