using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Review4U.Data;
using Review4U.Domain.Bodies;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Bodies;

internal sealed class ListBodiesCommand(Review4UDbContext db, IAnsiConsole console) : AsyncCommand<ListBodiesCommand.Settings>
{
    public sealed class Settings : CommandSettings;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var rows = await db.Bodies
            .OrderBy(b => b.Code)
            .Select(b => new
            {
                b.Code,
                b.Name,
                b.Kind,
                b.MemberCountries,
                b.Region,
                Members = db.Memberships.Count(m => m.BodyId == b.Id && m.LeftOn == null),
            })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            console.WriteLine("No bodies yet: create one with `review4u bodies create` or `review4u demo seed`.");
            return 0;
        }

        var table = new Table().AddColumns("Code", "Name", "Kind", "Countries", "Members");
        foreach (var row in rows)
        {
            var kind = row.Kind == BodyKind.NationalAlliance ? "national alliance" : "regional network (" + row.Region + ")";
            table.AddRow(
                Markup.Escape(row.Code), Markup.Escape(row.Name), Markup.Escape(kind),
                Markup.Escape(string.Join(", ", row.MemberCountries)), row.Members.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
        return 0;
    }
}
