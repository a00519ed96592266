using System.Globalization;
using Review4U.Cli.Infrastructure;
using Review4U.Secretariat.Renewals;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Secretariat;

internal sealed class RenewalStatusCommand(CliSettings cli, TimeProvider time, IAnsiConsole console) : AsyncCommand<RenewalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RenewalSettings settings, CancellationToken cancellationToken)
    {
        await using var secretariat = new CliSecretariat(cli, settings.Paths, time);
        var status = await CliSecretariat.GuardAsync(() => secretariat.Get<RenewalStatusQuery>().GetAsync(settings.Body, cancellationToken));
        if (settings.AsJson)
        {
            CliJson.Write(console, status);
            return 0;
        }

        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"[bold]{status.BodyCode}[/] · Secretariat {status.SecretariatName} · term ends {status.TermEndsOn:yyyy-MM-dd} · [yellow]{status.Status}[/]");
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"interests until {status.InterestDeadline.UtcDateTime:yyyy-MM-dd HH:mm} UTC: {status.Candidates.Count} · votes {status.Votes.Values.Sum()}/{status.DeciderCount}, quorum {status.Quorum} · decision {status.Decision ?? "-"}");
        var votes = new Table().AddColumns("Choice", "Votes");
        votes.AddRow("renew", status.Votes.GetValueOrDefault("renew").ToString(CultureInfo.InvariantCulture));
        foreach (var candidate in status.Candidates)
        {
            votes.AddRow(Markup.Escape($"{candidate.Organisation} ({candidate.OrganisationKey})"),
                status.Votes.GetValueOrDefault(Review4U.Secretariat.Decisions.Choices.Of(candidate.InterestId)).ToString(CultureInfo.InvariantCulture));
        }

        console.Write(votes);
        var emails = new Table().AddColumns("Emails queued", "Count");
        foreach (var (category, count) in status.EmailsQueued)
        {
            emails.AddRow(category, count.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(emails);
        return 0;
    }
}
