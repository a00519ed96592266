using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Relay;

internal static class RelayArea
{
    public static void Register(IConfigurator config) =>
        config.AddBranch("relay", relay =>
        {
            relay.SetDescription("The network → alliance bridge: relay a regional network's call to the national alliances of its countries.");
            relay.AddCommand<RelayCallCommand>("call")
                .WithDescription("Email each alliance's coordinator the network's round (with the launch command) or an announcement; nothing is sent twice.")
                .WithExample("relay", "call", "--network", "NET4U-AF", "--round", "0193b6a2-7c1e-7000-8000-000000000000")
                .WithExample("relay", "call", "--network", "NET4U-AF", "--title", "Regional webinar", "--message", "Join us on 12 March.");
            relay.AddCommand<RelayLaunchCommand>("launch")
                .WithDescription("Launch a relayed round as the alliance's own (same questionnaire), linked to the network's round.")
                .WithExample("relay", "launch", "--alliance", "NACSA-KE", "--relay", "0193b6a27c1e70008000000000000000")
                .WithExample("relay", "launch", "--alliance", "NACSA-KE", "--relay", "0193b6a27c1e70008000000000000000", "--deadline", "2026-12-20");
        });
}
