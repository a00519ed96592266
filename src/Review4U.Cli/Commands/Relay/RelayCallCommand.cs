using System.ComponentModel;
using System.Globalization;
using Review4U.Cli.Commands.Rounds;
using Review4U.Cli.Commands.Secretariat;
using Review4U.Cli.Infrastructure;
using Review4U.Secretariat.Relay;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Relay;

internal sealed class RelayCallCommand(CliSettings cli, TimeProvider time, IAnsiConsole console) : AsyncCommand<RelayCallCommand.Settings>
{
    internal sealed class Settings : RoundSettings
    {
        [CommandOption("--network <CODE>")]
        [Description("The regional network, e.g. NET4U-AF.")]
        public string Network { get; init; } = "";

        [CommandOption("--round <ID>")]
        [Description("The network's round to relay (its alliances can launch it as their own).")]
        public string? Round { get; init; }

        [CommandOption("--title <TEXT>")]
        [Description("The announcement's title (default for a round: the round's title).")]
        public string? Title { get; init; }

        [CommandOption("--message <TEXT>")]
        [Description("The text of the call (required for an announcement).")]
        public string? Message { get; init; }

        [CommandOption("--json")]
        [Description("Print the result as JSON.")]
        public bool AsJson { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Network) ? ValidationResult.Error("--network CODE is required.") : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        Guid? roundId = settings.Round is null ? null
            : Guid.TryParse(settings.Round, out var id) ? id : throw new UserFacingException($"--round: '{settings.Round}' is not a round id (a GUID).");
        await using var secretariat = new CliSecretariat(cli, settings.Paths, time);
        var result = await CliSecretariat.GuardAsync(() => secretariat.Get<NetworkRelay>().RelayAsync(
            new RelayRequest { NetworkCode = settings.Network, RoundId = roundId, Title = settings.Title, Message = settings.Message }, cancellationToken));
        if (settings.AsJson)
        {
            CliJson.Write(console, result);
            return 0;
        }

        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"{(result.Created ? "[green]relayed[/]" : "[yellow]relayed before[/]")} call {result.RelayId:N}: {result.EmailsQueued} email(s) queued");
        var table = new Table().AddColumns("Alliance", "Country", "Coordinator", "Linked round");
        foreach (var target in result.Targets)
        {
            table.AddRow(target.AllianceCode, target.Country, Markup.Escape(target.CoordinatorEmail ?? "none in office: not sent"), target.LinkedRoundId?.ToString() ?? "-");
        }

        console.Write(table);
        return 0;
    }
}
