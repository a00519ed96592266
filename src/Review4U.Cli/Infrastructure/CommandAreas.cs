using Review4U.Cli.Commands.Bodies;
using Review4U.Cli.Commands.Consultations;
using Review4U.Cli.Commands.Database;
using Review4U.Cli.Commands.Demo;
using Review4U.Cli.Commands.FocalPoints;
using Review4U.Cli.Commands.Instances;
using Review4U.Cli.Commands.Members;
using Review4U.Cli.Commands.Plan;
using Review4U.Cli.Commands.Relay;
using Review4U.Cli.Commands.Roles;
using Review4U.Cli.Commands.Rounds;
using Review4U.Cli.Commands.Secretariat;
using Review4U.Cli.Commands.Vpi;
using Review4U.Cli.Commands.Workflows;
using Spectre.Console.Cli;

namespace Review4U.Cli.Infrastructure;

/// <summary>Every verb group of the CLI, in the order <c>--help</c> lists them. Each area registers itself.</summary>
internal static class CommandAreas
{
    public static void Register(IConfigurator config)
    {
        DatabaseArea.Register(config);
        BodiesArea.Register(config);
        MembersArea.Register(config);
        RolesArea.Register(config);
        SecretariatArea.Register(config);
        FocalPointsArea.Register(config);
        DemoArea.Register(config);
        config.AddWorkflowsCommands();
        InstancesArea.Register(config);
        RoundsArea.Register(config);
        RelayArea.Register(config);
        ConsultationsArea.Register(config);
        VpiArea.Register(config);
        PlanArea.Register(config);
    }
}
