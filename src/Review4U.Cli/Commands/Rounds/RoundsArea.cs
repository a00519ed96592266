using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Rounds;

internal static class RoundsArea
{
    public static void Register(IConfigurator config) =>
        config.AddBranch("rounds", rounds =>
        {
            rounds.SetDescription("Contribution rounds: launch, follow, extend, remind, add recipients, close early.");
            rounds.AddCommand<LaunchRoundCommand>("launch")
                .WithDescription("Launch a round: tasks and invitations go out when a worker runs the workflow.")
                .WithExample("rounds", "launch", "--body", "NACSA-KE", "--questionnaire", "cluster-i-criminalization-jurisdiction", "--deadline", "2026-12-15", "--quorum", "2");
            rounds.AddCommand<RoundStatusCommand>("status")
                .WithDescription("Per-member status and per-question coverage as bars, or --json.")
                .WithExample("rounds", "status", "0193b6a2-7c1e-7000-8000-000000000000", "--json");
            rounds.AddCommand<ExtendRoundCommand>("extend")
                .WithDescription("Move the deadline later; reminders and escalation follow it.")
                .WithExample("rounds", "extend", "0193b6a2-7c1e-7000-8000-000000000000", "--deadline", "2026-12-22");
            rounds.AddCommand<RemindRoundCommand>("remind")
                .WithDescription("Remind every organisation that has not submitted or declined, now.")
                .WithExample("rounds", "remind", "0193b6a2-7c1e-7000-8000-000000000000");
            rounds.AddCommand<AddRecipientsCommand>("add-recipients")
                .WithDescription("Ask more organisations (those without a task yet).")
                .WithExample("rounds", "add-recipients", "0193b6a2-7c1e-7000-8000-000000000000", "--recipients", "area:firearms");
            rounds.AddCommand<CloseRoundCommand>("close")
                .WithDescription("End collection now; the round moves on to escalation and review.")
                .WithExample("rounds", "close", "0193b6a2-7c1e-7000-8000-000000000000");
        });
}
