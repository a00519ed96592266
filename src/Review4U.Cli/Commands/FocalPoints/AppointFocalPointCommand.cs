using System.ComponentModel;
using System.Globalization;
using Review4U.Cli.Commands.Members;
using Review4U.Cli.Infrastructure;
using Review4U.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.FocalPoints;

internal sealed class AppointFocalPointCommand(Review4UDbContext db, BodyStore bodies, TimeProvider time, IAnsiConsole console)
    : AsyncCommand<AppointFocalPointCommand.Settings>
{
    public sealed class Settings : BodyOption
    {
        [CommandOption("--country <CODE>")]
        [Description("ISO 3166-1 alpha-2 code of one of the body's countries.")]
        public string Country { get; init; } = "";

        [CommandOption("--ministry <MINISTRY>")]
        [Description("Ministry or agency.")]
        public string Ministry { get; init; } = "";

        [CommandOption("--name <NAME>")]
        [Description("The focal point's name.")]
        public string Name { get; init; } = "";

        [CommandOption("--email <EMAIL>")]
        [Description("The focal point's email address.")]
        public string Email { get; init; } = "";

        [CommandOption("--from <DATE>")]
        [Description("Since when, yyyy-MM-dd. Default: today in the body's time zone.")]
        public string? From { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var body = await bodies.GetAsync(settings.Body, cancellationToken);
        var from = Dates.ParseOptional(settings.From, "--from") ?? body.Today(time);
        var appointed = body.AppointFocalPoint(settings.Country, settings.Ministry, settings.Name, settings.Email, from);
        await db.SaveChangesAsync(cancellationToken);
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"[green]appointed[/] {appointed.Name} <{appointed.Email}> ({appointed.Ministry}) as focal point for {appointed.Country} in {body.Code} from {Dates.Format(from)}");
        return 0;
    }
}
