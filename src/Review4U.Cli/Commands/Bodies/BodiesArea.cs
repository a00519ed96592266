using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Bodies;

internal static class BodiesArea
{
    public static void Register(IConfigurator config) =>
        config.AddBranch("bodies", bodies =>
        {
            bodies.SetDescription("National alliances (NACSA4U) and regional networks (NET4U).");
            bodies.AddCommand<CreateBodyCommand>("create")
                .WithDescription("Create a national alliance or a regional network.")
                .WithExample("bodies", "create", "NACSA-KE", "--name", "Kenya Civil Society Alliance for UNTOC", "--kind", "alliance",
                    "--country", "KE", "--time-zone", "Africa/Nairobi", "--languages", "en,fr", "--established", "vpi", "--founded", "2024-02-01")
                .WithExample("bodies", "create", "NET4U-AF", "--name", "NET4U Africa", "--kind", "network", "--region", "Africa",
                    "--countries", "KE,NG,SN", "--time-zone", "Africa/Nairobi", "--languages", "en,fr,ar", "--established", "own-initiative", "--founded", "2023-06-20");
            bodies.AddCommand<ListBodiesCommand>("list")
                .WithDescription("List every body with its kind, countries and number of members.")
                .WithExample("bodies", "list");
            bodies.AddCommand<ShowBodyCommand>("show")
                .WithDescription("Show a body: governance, secretariat term and days left, Steering Committee gender balance and thematic coverage, members per area.")
                .WithExample("bodies", "show", "NACSA-KE")
                .WithExample("bodies", "show", "NET4U-AF", "--on", "2025-01-31");
        });
}
