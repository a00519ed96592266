using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Demo;

internal static class DemoArea
{
    public static void Register(IConfigurator config) =>
        config.AddBranch("demo", demo =>
        {
            demo.SetDescription("Demo data for trying Review4U locally.");
            demo.AddCommand<SeedDemoCommand>("seed")
                .WithDescription("Create the demo alliance NACSA-KE and network NET4U-AF with members, governance and a secretariat term, from docs/samples. Safe to run again.")
                .WithExample("demo", "seed")
                .WithExample("demo", "seed", "--samples", "docs/samples");
            demo.AddDemoRound();
        });
}
