using System.ComponentModel;
using System.Globalization;
using Review4U.Cli.Infrastructure;
using Review4U.Secretariat.Decisions;
using Review4U.Secretariat.Renewals;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Secretariat;

/// <summary>Records a Steering Committee member's vote (cast at a meeting, by phone…): the same rules as the decision page.</summary>
internal sealed class DecideRenewalCommand(CliSettings cli, TimeProvider time, IAnsiConsole console) : AsyncCommand<DecideRenewalCommand.Settings>
{
    internal sealed class Settings : RenewalSettings
    {
        [CommandOption("--as <EMAIL>")]
        [Description("The Steering Committee member whose vote this is (their contact email).")]
        public string As { get; init; } = "";

        [CommandOption("--renew")]
        [Description("Vote to renew the current Secretariat for one year.")]
        public bool Renew { get; init; }

        [CommandOption("--candidate <KEY>")]
        [Description("Vote for a candidate, by organisation key (see `secretariat renewal interests`).")]
        public string? Candidate { get; init; }

        public override ValidationResult Validate() =>
            base.Validate() is { Successful: false } failed ? failed
            : string.IsNullOrWhiteSpace(As) ? ValidationResult.Error("--as EMAIL is required: whose vote is it?")
            : Renew == !string.IsNullOrWhiteSpace(Candidate) ? ValidationResult.Error("Give exactly one of --renew and --candidate KEY.")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var secretariat = new CliSecretariat(cli, settings.Paths, time);
        var choice = Choices.Renew;
        if (!settings.Renew)
        {
            var status = await CliSecretariat.GuardAsync(() => secretariat.Get<RenewalStatusQuery>().GetAsync(settings.Body, cancellationToken));
            var candidate = status.Candidates.FirstOrDefault(c => c.OrganisationKey == settings.Candidate)
                ?? throw new UserFacingException($"--candidate: '{settings.Candidate}' has not expressed interest (candidates: {string.Join(", ", status.Candidates.Select(c => c.OrganisationKey).DefaultIfEmpty("none"))}).");
            choice = Choices.Of(candidate.InterestId);
        }

        var view = await CliSecretariat.GuardAsync(() => secretariat.Get<Ballot>().VoteAsAsync(settings.Body, settings.As, choice, cancellationToken));
        if (settings.AsJson)
        {
            CliJson.Write(console, view);
            return 0;
        }

        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"[green]recorded[/] the vote of {view.VoterName}: {view.Votes.Values.Sum()} vote(s), quorum {view.Quorum}");
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"{(view.Decision is null ? "no decision yet" : "[bold]decided[/]: a worker applies it to the term and the coordinator role")}");
        return 0;
    }
}
