using Review4U.Cli.Commands.Members;
using Review4U.Cli.Infrastructure;
using Review4U.Data;
using Review4U.Domain.Governance;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Roles;

internal sealed class ListRolesCommand(BodyStore bodies, IAnsiConsole console) : AsyncCommand<ListRolesCommand.Settings>
{
    public sealed class Settings : BodyOption;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var body = await bodies.GetAsync(settings.Body, cancellationToken);
        var members = (await bodies.MembersAsync(body.Id, cancellationToken)).ToDictionary(o => o.Id);
        var table = new Table().AddColumns("Role", "Person", "Organisation", "From", "Until");
        foreach (var role in body.Roles.OrderBy(r => r.Kind).ThenBy(r => r.StartsOn))
        {
            var group = body.WorkingGroups.FirstOrDefault(g => g.Id == role.WorkingGroupId);
            var organisation = role.OrganisationId is { } id && members.TryGetValue(id, out var o) ? o : null;
            var person = role.ContactId is null
                ? $"{role.ExternalName} <{role.ExternalEmail}>"
                : organisation?.Contacts.FirstOrDefault(c => c.Id == role.ContactId) is { } c ? $"{c.Name} <{c.Email}>" : "(former member)";
            table.AddRow(
                Markup.Escape(RoleKinds.TitleOf(role.Kind) + (group is null ? "" : $" ({group.Topic})")),
                Markup.Escape(person), Markup.Escape(organisation?.Name ?? role.ExternalAffiliation ?? ""),
                Dates.Format(role.StartsOn), Dates.Format(role.EndsOn));
        }

        console.Write(table);
        return 0;
    }
}
