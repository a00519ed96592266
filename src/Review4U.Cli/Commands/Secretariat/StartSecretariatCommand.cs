using System.ComponentModel;
using System.Globalization;
using Review4U.Cli.Commands.Members;
using Review4U.Cli.Infrastructure;
using Review4U.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Secretariat;

internal sealed class StartSecretariatCommand(Review4UDbContext db, BodyStore bodies, TimeProvider time, IAnsiConsole console)
    : AsyncCommand<StartSecretariatCommand.Settings>
{
    public sealed class Settings : BodyOption
    {
        [CommandOption("--from <DATE>")]
        [Description("First day of the term, yyyy-MM-dd. Default: today in the body's time zone.")]
        public string? From { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var body = await bodies.GetAsync(settings.Body, cancellationToken);
        var from = Dates.ParseOptional(settings.From, "--from") ?? body.Today(time);
        var term = body.StartSecretariatTerm(from);
        await db.SaveChangesAsync(cancellationToken);
        var organisation = await db.Organisations.FindAsync([term.OrganisationId], cancellationToken);
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"[green]started[/] secretariat term of {organisation?.Name} for {body.Code}: {Dates.Format(term.StartsOn)} → {Dates.Format(term.EndsOn)}");
        return 0;
    }
}
