using System.ComponentModel;
using System.Globalization;
using Review4U.Cli.Infrastructure;
using Review4U.Data;
using Review4U.Domain.Bodies;
using Review4U.Domain.Governance;
using Review4U.Domain.Members;
using Review4U.Domain.Views;
using Review4U.Domain.Vocabulary;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Bodies;

internal sealed class ShowBodyCommand(BodyStore bodies, TimeProvider time, IAnsiConsole console) : AsyncCommand<ShowBodyCommand.Settings>
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<CODE>")]
        [Description("The body's code, e.g. NACSA-KE.")]
        public string Code { get; init; } = "";

        [CommandOption("--on <DATE>")]
        [Description("Show the body as it was (or will be) on this date, yyyy-MM-dd. Default: today in the body's time zone.")]
        public string? On { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var body = await bodies.GetAsync(settings.Code, cancellationToken);
        var members = await bodies.MembersAsync(body.Id, cancellationToken);
        var on = Dates.ParseOptional(settings.On, "--on") ?? body.Today(time);
        var organisations = members.ToDictionary(m => m.Id);

        WriteProfile(body, members.Count, on);
        WriteGovernance(body, organisations, on);
        WriteSecretariat(body, organisations, on);
        WriteFocalPoints(body, on);
        WriteSteeringCommittee(SteeringCommitteeView.Build(body, members, on));
        WriteMembersPerArea(members);
        return 0;
    }

    private void WriteProfile(Body body, int memberCount, DateOnly on)
    {
        console.MarkupLineInterpolated(Invariant, $"[bold]{body.Code}[/] — {body.Name}");
        var kind = body.Kind == BodyKind.NationalAlliance
            ? $"national alliance in {Countries.NameOf(body.Country!)} ({body.Country})"
            : $"regional network, {body.Region}: {string.Join(", ", body.MemberCountries)}";
        var established = body.Establishment == Establishment.VpiContext ? "in a Voluntary Pilot Initiative (VPI)" : "on its own initiative";
        Line($"  {kind}");
        Line($"  established {established}, founded {Dates.Format(body.FoundedOn)}");
        Line($"  languages: {string.Join(", ", body.Languages.Select(l => l == body.DefaultLanguage ? l + " (default)" : l))}; time zone {body.TimeZoneId}");
        Line(string.Create(Invariant, $"  members: {memberCount}; shown as on {Dates.Format(on)}"));
    }

    private void WriteGovernance(Body body, Dictionary<Guid, MemberOrganisation> organisations, DateOnly on)
    {
        console.WriteLine();
        console.MarkupLine("[bold]Governance[/]");
        var current = body.RolesOn(on).OrderBy(r => r.Kind).ThenBy(r => r.StartsOn).ToList();
        if (current.Count == 0)
        {
            Line("  no roles assigned (see `review4u roles assign`)");
        }
        else
        {
            var table = new Table().AddColumns("Role", "Person", "Organisation", "Since", "Until");
            foreach (var role in current)
            {
                var group = body.WorkingGroups.FirstOrDefault(g => g.Id == role.WorkingGroupId);
                var title = RoleKinds.TitleOf(role.Kind) + (group is null ? "" : $" ({group.Topic})");
                var (person, organisation) = Describe(role, organisations);
                table.AddRow(Markup.Escape(title), Markup.Escape(person), Markup.Escape(organisation),
                    Dates.Format(role.StartsOn), Dates.Format(role.EndsOn));
            }

            console.Write(table);
        }

        var past = body.Roles.Count(r => r.EndsOn is not null && r.EndsOn <= on);
        Line(string.Create(Invariant, $"  history: {body.Roles.Count} terms in all, {past} ended; working groups: {string.Join(", ", body.WorkingGroups.Where(g => g.IsOpenOn(on)).Select(g => g.Topic).DefaultIfEmpty("none"))}"));
    }

    private void WriteSecretariat(Body body, Dictionary<Guid, MemberOrganisation> organisations, DateOnly on)
    {
        console.WriteLine();
        console.MarkupLine("[bold]Secretariat[/]");
        var term = body.SecretariatOn(on);
        if (term is null)
        {
            Line("  no secretariat term on this date");
            return;
        }

        var name = organisations.TryGetValue(term.OrganisationId, out var o) ? o.Name : term.OrganisationId.ToString();
        Line(string.Create(Invariant,
            $"  {name}: {Dates.Format(term.StartsOn)} → {Dates.Format(term.EndsOnAsOf(on))}, {term.RenewalsAsOf(on)} renewal(s), {term.DaysToEnd(on)} days to term end"));
    }

    private void WriteFocalPoints(Body body, DateOnly on)
    {
        console.WriteLine();
        console.MarkupLine("[bold]Government focal points[/]");
        var current = body.FocalPoints.Where(f => f.IsCurrentOn(on)).OrderBy(f => f.Country).ToList();
        if (current.Count == 0)
        {
            Line("  none recorded");
        }

        foreach (var f in current)
        {
            var earlier = body.FocalPoints.Count(p => p.Country == f.Country && p.FromDate < f.FromDate);
            Line(string.Create(Invariant, $"  {f.Country}: {f.Name} <{f.Email}>, {f.Ministry}, since {Dates.Format(f.FromDate)} ({earlier} earlier)"));
        }
    }

    private void WriteSteeringCommittee(SteeringCommitteeView view)
    {
        console.WriteLine();
        console.MarkupLine("[bold]Steering Committee[/]");
        var g = view.GenderBalance;
        var verdict = g.IsBalanced ? "balanced" : "not balanced";
        Line(string.Create(Invariant,
            $"  gender balance: {g.Women} women, {g.Men} men, {g.Other} other, {g.Undeclared} not declared ({g.Total} people) — {verdict}"));
        Line($"  thematic coverage: {view.Coverage.Covered.Count} of {ThematicAreas.All.Count} areas");
        Line($"    covered: {string.Join(", ", view.Coverage.Covered.DefaultIfEmpty("none"))}");
        Line($"    missing: {string.Join(", ", view.Coverage.Missing.DefaultIfEmpty("none"))}");
    }

    private void WriteMembersPerArea(IReadOnlyList<MemberOrganisation> members)
    {
        console.WriteLine();
        console.MarkupLine("[bold]Members per thematic area[/]");
        var table = new Table().AddColumns("Thematic area", "Organisations");
        foreach (var count in MembersPerThematicArea.Of(members))
        {
            table.AddRow(count.Area, count.Organisations.ToString(Invariant));
        }

        console.Write(table);
    }

    private static (string Person, string Organisation) Describe(RoleAssignment role, Dictionary<Guid, MemberOrganisation> organisations)
    {
        if (role.ContactId is null)
        {
            return ($"{role.ExternalName} <{role.ExternalEmail}>", role.ExternalAffiliation ?? "");
        }

        if (role.OrganisationId is { } id && organisations.TryGetValue(id, out var organisation))
        {
            var contact = organisation.Contacts.FirstOrDefault(c => c.Id == role.ContactId);
            return (contact is null ? "?" : $"{contact.Name} <{contact.Email}>", organisation.Name);
        }

        return ("(former member)", "");
    }

    private void Line(string text) => console.WriteLine(text);
}
