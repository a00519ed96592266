using Review4U.Cli.Commands.Members;
using Review4U.Cli.Infrastructure;
using Review4U.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.FocalPoints;

internal sealed class ListFocalPointsCommand(BodyStore bodies, IAnsiConsole console) : AsyncCommand<ListFocalPointsCommand.Settings>
{
    public sealed class Settings : BodyOption;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var body = await bodies.GetAsync(settings.Body, cancellationToken);
        var table = new Table().AddColumns("Country", "Name", "Email", "Ministry", "From", "Until");
        foreach (var f in body.FocalPoints.OrderBy(f => f.Country).ThenBy(f => f.FromDate))
        {
            table.AddRow(f.Country, Markup.Escape(f.Name), Markup.Escape(f.Email), Markup.Escape(f.Ministry), Dates.Format(f.FromDate), Dates.Format(f.ToDate));
        }

        console.Write(table);
        return 0;
    }
}
