using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Demo;

/// <summary>Adds `demo round` to the demo branch: one line in <c>DemoArea</c> (<c>demo.AddDemoRound();</c>).</summary>
internal static class DemoRoundRegistration
{
    public static void AddDemoRound(this IConfigurator<CommandSettings> demo) =>
        demo.AddCommand<DemoRoundCommand>("round")
            .WithDescription("A contribution round in progress on the demo alliance (run after `demo seed`): some members answered, reminders scheduled.")
            .WithExample("demo", "round");
}
