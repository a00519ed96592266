using System.ComponentModel;
using System.Globalization;
using Review4U.Cli.Commands.Members;
using Review4U.Cli.Infrastructure;
using Review4U.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Secretariat;

internal sealed class RenewSecretariatCommand(Review4UDbContext db, BodyStore bodies, TimeProvider time, IAnsiConsole console)
    : AsyncCommand<RenewSecretariatCommand.Settings>
{
    public sealed class Settings : BodyOption
    {
        [CommandOption("--on <DATE>")]
        [Description("Day of the renewal decision, yyyy-MM-dd, within the running term. Default: today in the body's time zone.")]
        public string? On { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var body = await bodies.GetAsync(settings.Body, cancellationToken);
        var on = Dates.ParseOptional(settings.On, "--on") ?? body.Today(time);
        var renewal = body.RenewSecretariatTerm(on);
        await db.SaveChangesAsync(cancellationToken);
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"[green]renewed[/] {body.Code}'s secretariat term: it now ends on {Dates.Format(renewal.NewEndsOn)} (was {Dates.Format(renewal.PreviousEndsOn)})");
        return 0;
    }
}
