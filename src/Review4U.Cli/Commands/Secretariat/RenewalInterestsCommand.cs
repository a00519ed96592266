using Review4U.Cli.Infrastructure;
using Review4U.Secretariat.Renewals;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Secretariat;

internal sealed class RenewalInterestsCommand(CliSettings cli, TimeProvider time, IAnsiConsole console) : AsyncCommand<RenewalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RenewalSettings settings, CancellationToken cancellationToken)
    {
        await using var secretariat = new CliSecretariat(cli, settings.Paths, time);
        var status = await CliSecretariat.GuardAsync(() => secretariat.Get<RenewalStatusQuery>().GetAsync(settings.Body, cancellationToken));
        if (settings.AsJson)
        {
            CliJson.Write(console, status.Candidates);
            return 0;
        }

        var table = new Table().AddColumns("Organisation", "Key", "Proposed coordinator", "Motivation");
        foreach (var candidate in status.Candidates)
        {
            table.AddRow(Markup.Escape(candidate.Organisation), Markup.Escape(candidate.OrganisationKey), Markup.Escape(candidate.Coordinator), Markup.Escape(candidate.Motivation));
        }

        console.Write(table);
        return 0;
    }
}
