using System.ComponentModel;
using System.Globalization;
using Review4U.Cli.Commands.Rounds;
using Review4U.Cli.Commands.Secretariat;
using Review4U.Cli.Infrastructure;
using Review4U.Secretariat.Relay;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Relay;

internal sealed class RelayLaunchCommand(CliSettings cli, TimeProvider time, IAnsiConsole console) : AsyncCommand<RelayLaunchCommand.Settings>
{
    internal sealed class Settings : RoundSettings
    {
        [CommandOption("--alliance <CODE>")]
        [Description("The national alliance launching the round, e.g. NACSA-KE.")]
        public string Alliance { get; init; } = "";

        [CommandOption("--relay <ID>")]
        [Description("The relayed call's id, as in the email.")]
        public string Relay { get; init; } = "";

        [CommandOption("--deadline <DATE>")]
        [Description("The alliance's own deadline (default: the network's).")]
        public string? Deadline { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Alliance) ? ValidationResult.Error("--alliance CODE is required.")
            : string.IsNullOrWhiteSpace(Relay) ? ValidationResult.Error("--relay ID is required.")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var relayId = Guid.TryParse(settings.Relay, out var id) ? id : throw new UserFacingException($"--relay: '{settings.Relay}' is not a relayed call's id.");
        DateTimeOffset? deadline = settings.Deadline is null ? null : LaunchRoundCommand.ParseDeadline(settings.Deadline);
        await using var secretariat = new CliSecretariat(cli, settings.Paths, time);
        await secretariat.LoadWorkflowAsync("contribution-round", cancellationToken);
        var result = await CliSecretariat.GuardAsync(() => secretariat.Get<RelayLauncher>().LaunchAsync(settings.Alliance, relayId, deadline, cancellationToken));
        console.Markup(result.Created ? "[green]launched[/]" : "[yellow]already launched[/]");
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $" round {result.RoundId} of {settings.Alliance} from the relayed call {relayId:N} (workflow instance {result.WorkflowInstanceId?.ToString() ?? "-"})"));
        return 0;
    }
}
