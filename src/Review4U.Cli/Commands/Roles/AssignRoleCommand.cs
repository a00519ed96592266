using System.ComponentModel;
using System.Globalization;
using Review4U.Cli.Infrastructure;
using Review4U.Data;
using Review4U.Domain;
using Review4U.Domain.Bodies;
using Review4U.Domain.Governance;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Roles;

internal sealed class AssignRoleCommand(Review4UDbContext db, BodyStore bodies, TimeProvider time, IAnsiConsole console)
    : AsyncCommand<AssignRoleCommand.Settings>
{
    public sealed class Settings : RoleSettings
    {
        [CommandOption("--from <DATE>")]
        [Description("First day of the term, yyyy-MM-dd. Default: today in the body's time zone.")]
        public string? From { get; init; }

        [CommandOption("--until <DATE>")]
        [Description("First day without the role, yyyy-MM-dd. Default: open-ended.")]
        public string? Until { get; init; }

        [CommandOption("--name <NAME>")]
        [Description("Government observer only: the observer's name.")]
        public string? Name { get; init; }

        [CommandOption("--ministry <MINISTRY>")]
        [Description("Government observer only: the ministry or agency.")]
        public string? Ministry { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var kind = settings.Kind;
        var body = await bodies.GetAsync(settings.Body, cancellationToken);
        var from = Dates.ParseOptional(settings.From, "--from") ?? body.Today(time);
        var until = Dates.ParseOptional(settings.Until, "--until");
        RoleHolder holder;
        string who;
        if (kind == RoleKind.GovernmentObserver)
        {
            holder = RoleHolder.External(settings.Name ?? "", settings.Email, settings.Ministry ?? "");
            who = $"{settings.Name} <{settings.Email}>";
        }
        else
        {
            var found = await bodies.FindContactAsync(settings.Email, cancellationToken)
                ?? throw new DomainRuleException($"No member contact has the email {settings.Email} (see `review4u members list --body {body.Code}`).");
            holder = RoleHolder.Member(found.Organisation.Id, found.Contact.Id);
            who = $"{found.Contact.Name} ({found.Organisation.Name})";
        }

        var group = RoleKinds.NeedsWorkingGroup(kind) ? FindOrCreateGroup(body, settings.Group, from) : null;
        var termsBefore = body.Roles.Count;
        body.AssignRole(kind, holder, from, until, group?.Id);
        await db.SaveChangesAsync(cancellationToken);
        var verb = body.Roles.Count > termsBefore ? "[green]assigned[/]" : "[grey]already assigned[/]";
        var what = string.Create(CultureInfo.InvariantCulture,
            $" {RoleKinds.TitleOf(kind)}{(group is null ? "" : " of " + group.Topic)} of {body.Code} to {who} from {Dates.Format(from)}{(until is null ? "" : " until " + Dates.Format(until))}");
        console.MarkupLine(verb + Markup.Escape(what));
        return 0;
    }

    private WorkingGroup FindOrCreateGroup(Body body, string? topic, DateOnly from)
    {
        if (string.IsNullOrWhiteSpace(topic))
        {
            throw new DomainRuleException("--group TOPIC is required for working group roles.");
        }

        var existing = body.WorkingGroups.FirstOrDefault(g => g.ClosedOn is null && string.Equals(g.Topic, topic.Trim(), StringComparison.OrdinalIgnoreCase));
        if (existing is not null)
        {
            return existing;
        }

        var created = body.CreateWorkingGroup(topic, from);
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[green]created[/] working group \"{created.Topic}\"");
        return created;
    }
}
