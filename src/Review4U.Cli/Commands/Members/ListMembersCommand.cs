using Review4U.Data;
using Review4U.Domain.Members;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Members;

internal sealed class ListMembersCommand(BodyStore bodies, IAnsiConsole console) : AsyncCommand<ListMembersCommand.Settings>
{
    public sealed class Settings : BodyOption;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var body = await bodies.GetAsync(settings.Body, cancellationToken);
        var members = await bodies.MembersAsync(body.Id, cancellationToken);
        var table = new Table().AddColumns("Organisation", "Type", "Country", "Thematic areas", "Contacts");
        foreach (var o in members)
        {
            var contacts = string.Join("\n", o.Contacts.OrderBy(c => c.Position).Select(c => $"{c.Name} <{c.Email}> {c.PreferredLanguage}"));
            table.AddRow(Markup.Escape(o.Name), OrganisationTypes.ToCode(o.Type), o.Country,
                Markup.Escape(string.Join(", ", o.ThematicAreas)), Markup.Escape(contacts));
        }

        console.Write(table);
        console.WriteLine(FormattableString.Invariant($"{members.Count} member organisation(s) of {body.Code}"));
        return 0;
    }
}
