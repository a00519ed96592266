using System.ComponentModel;
using System.Globalization;
using Review4U.Cli.Infrastructure;
using Review4U.Data;
using Review4U.Domain;
using Review4U.Domain.Governance;
using Review4U.Domain.Members;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Roles;

internal sealed class EndRoleCommand(Review4UDbContext db, BodyStore bodies, TimeProvider time, IAnsiConsole console)
    : AsyncCommand<EndRoleCommand.Settings>
{
    public sealed class Settings : RoleSettings
    {
        [CommandOption("--on <DATE>")]
        [Description("First day without the role, yyyy-MM-dd. Default: today in the body's time zone.")]
        public string? On { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var kind = settings.Kind;
        var body = await bodies.GetAsync(settings.Body, cancellationToken);
        var on = Dates.ParseOptional(settings.On, "--on") ?? body.Today(time);
        var email = EmailAddresses.Normalise(settings.Email);
        Guid? contactId = null;
        if (kind != RoleKind.GovernmentObserver)
        {
            contactId = (await bodies.FindContactAsync(email, cancellationToken))?.Contact.Id
                ?? throw new DomainRuleException($"No member contact has the email {settings.Email}.");
        }

        var groupId = settings.Group is null ? null
            : body.WorkingGroups.FirstOrDefault(g => string.Equals(g.Topic, settings.Group.Trim(), StringComparison.OrdinalIgnoreCase))?.Id;
        var term = body.Roles
            .Where(r => r.Kind == kind && (settings.Group is null || r.WorkingGroupId == groupId))
            .Where(r => contactId is null ? string.Equals(r.ExternalEmail, email, StringComparison.OrdinalIgnoreCase) : r.ContactId == contactId)
            .Where(r => r.EndsOn is null || r.EndsOn > on)
            .OrderByDescending(r => r.StartsOn)
            .FirstOrDefault()
            ?? throw new DomainRuleException($"{settings.Email} holds no running {RoleKinds.TitleOf(kind)} term in {body.Code}.");
        body.EndRole(term.Id, on);
        await db.SaveChangesAsync(cancellationToken);
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"[green]ended[/] {RoleKinds.TitleOf(kind)} term of {settings.Email} in {body.Code} ({Dates.Format(term.StartsOn)} → {Dates.Format(on)})");
        return 0;
    }
}
