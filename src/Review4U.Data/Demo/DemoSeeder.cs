using Microsoft.EntityFrameworkCore;
using Review4U.Data.Members;
using Review4U.Domain;
using Review4U.Domain.Bodies;
using Review4U.Domain.Governance;

namespace Review4U.Data.Demo;

/// <summary>
/// Creates the demo bodies (NACSA-KE, a national alliance in Kenya; NET4U-AF, the African regional network)
/// with members from docs/samples, governance, a secretariat term with its renewals and focal points.
/// Idempotent: what exists is left as it is, so <c>scripts/up</c> can run it every time.
/// </summary>
public sealed class DemoSeeder(Review4UDbContext db, BodyStore bodies, MemberImporter importer, TimeProvider time)
{
    public const string NetworkCode = "NET4U-AF";
    public const string AllianceCode = "NACSA-KE";

    public static readonly IReadOnlyList<string> NetworkCountries =
        ["BF", "BJ", "CI", "CM", "EG", "ET", "GH", "GQ", "KE", "MA", "NG", "RW", "SD", "SN", "TN", "TZ", "UG", "ZA", "ZM"];

    public async Task<DemoSeedReport> SeedAsync(string samplesFolder, CancellationToken ct)
    {
        var steps = new List<string>
        {
            await EnsureBodyAsync(new BodyProfile(NetworkCode, "NET4U Africa", BodyKind.RegionalNetwork, null, "Africa", NetworkCountries,
                "Africa/Nairobi", ["en", "fr", "ar", "es"], "en", Establishment.OwnInitiative, new DateOnly(2023, 6, 20)), ct),
            await EnsureBodyAsync(new BodyProfile(AllianceCode, "Kenya Civil Society Alliance for UNTOC", BodyKind.NationalAlliance, "KE", null, [],
                "Africa/Nairobi", ["en"], "en", Establishment.VpiContext, new DateOnly(2024, 2, 1)), ct),
            await ImportAsync(Path.Combine(samplesFolder, "net4u-africa-members.csv"), NetworkCode, ct),
            await ImportAsync(Path.Combine(samplesFolder, "nacsa-kenya-members.yaml"), AllianceCode, ct),
            await EnsureGovernanceAsync(NetworkCode, NetworkGovernance, ct),
            await EnsureGovernanceAsync(AllianceCode, AllianceGovernance, ct),
        };
        return new DemoSeedReport(steps);
    }

    private async Task<string> EnsureBodyAsync(BodyProfile profile, CancellationToken ct)
    {
        if (await db.Bodies.AnyAsync(b => b.Code == profile.Code, ct))
        {
            return $"{profile.Code}: already there";
        }

        db.Bodies.Add(Body.Create(profile));
        await db.SaveChangesAsync(ct);
        return $"{profile.Code}: created";
    }

    private async Task<string> ImportAsync(string path, string bodyCode, CancellationToken ct)
    {
        var body = await bodies.GetAsync(bodyCode, ct);
        var result = await importer.ImportFileAsync(path, bodyCode, dryRun: false, ct, joinedOn: body.FoundedOn);
        if (!result.Succeeded)
        {
            throw new DomainRuleException($"The demo sample {path} does not import:\n{string.Join("\n", result.Problems)}");
        }

        var c = result.Counts!;
        return c.ChangedNothing
            ? $"{bodyCode}: members already there"
            : $"{bodyCode}: imported {c.OrganisationsCreated} new organisations, {c.MembershipsAdded} memberships";
    }

    private async Task<string> EnsureGovernanceAsync(string code, Func<Body, Task> build, CancellationToken ct)
    {
        var body = await bodies.GetAsync(code, ct);
        if (body.Roles.Count > 0)
        {
            return $"{code}: governance already there";
        }

        await build(body);
        var today = body.Today(time);
        var term = body.StartSecretariatTerm(body.FoundedOn);
        while (term.EndsOn <= today.AddDays(30))
        {
            // Renewed each year a few weeks before the end, as the concept notes' "one renewable year" suggests.
            body.RenewSecretariatTerm(term.EndsOn.AddDays(-20));
        }

        await db.SaveChangesAsync(ct);
        return $"{code}: governance, secretariat term ({term.Renewals.Count} renewals) and focal points created";
    }

    private async Task NetworkGovernance(Body body)
    {
        var from = body.FoundedOn;
        body.AssignRole(RoleKind.Coordinator, await HolderAsync("c.eze@latc.example.org"), from);
        body.AssignRole(RoleKind.CoCoordinator, await HolderAsync("aminata.diop@rsct.example.sn"), from);
        body.AssignRole(RoleKind.AdministrativeFocalPoint, await HolderAsync("hiwot.t@acmr.example.edu.et"), from);
        foreach (var email in new[] { "omar.hassan@cfrl.example.org", "t.nkosi@ijrs.example.ac.za", "y.elamrani@amam.example.ma", "claudine@rypb.example.rw" })
        {
            body.AssignRole(RoleKind.SteeringCommitteeMember, await HolderAsync(email), from);
        }

        // A change in the committee, so the history has an ended term.
        var leaving = body.AssignRole(RoleKind.SteeringCommitteeMember, await HolderAsync("k.kouassi@oim-ci.example.org"), from);
        body.EndRole(leaving.Id, from.AddYears(1));
        body.AssignRole(RoleKind.SteeringCommitteeMember, await HolderAsync("dawit.a@acmr.example.edu.et"), from.AddYears(1));

        var communication = body.CreateWorkingGroup("Strategic communication", from);
        body.AssignRole(RoleKind.WorkingGroupLead, await HolderAsync("akosua@acda.example.org"), from, workingGroupId: communication.Id);
        body.AssignRole(RoleKind.WorkingGroupMember, await HolderAsync("e.tabi@cyac.example.cm"), from, workingGroupId: communication.Id);
        var firearms = body.CreateWorkingGroup("Firearms", from);
        body.AssignRole(RoleKind.WorkingGroupLead, await HolderAsync("y.asante@wasao.example.org"), from, workingGroupId: firearms.Id);
        body.AppointFocalPoint("NG", "Federal Ministry of Justice", "Adaeze Nwosu", "a.nwosu@justice.example.gov.ng", from);
        body.AppointFocalPoint("SN", "Ministère de la Justice", "Ibrahima Sarr", "i.sarr@justice.example.gouv.sn", from);
        body.AppointFocalPoint("KE", "Office of the Attorney-General", "Daniel Kiptoo", "d.kiptoo@ag.example.go.ke", from);
    }

    private async Task AllianceGovernance(Body body)
    {
        var from = body.FoundedOn;
        body.AssignRole(RoleKind.Coordinator, await HolderAsync("amina.otieno@hakiyouth.example.org"), from);
        body.AssignRole(RoleKind.CoCoordinator, await HolderAsync("fatuma@coastlegalaid.example.org"), from);
        body.AssignRole(RoleKind.AdministrativeFocalPoint, await HolderAsync("kevin@nfap.example.or.ke"), from);
        foreach (var email in new[] { "bmwangi@cybercentre.example.ac.ke", "achieng@lakesidewomen.example.or.ke", "h.abdalla@portintegrity.example.co.ke" })
        {
            body.AssignRole(RoleKind.SteeringCommitteeMember, await HolderAsync(email), from);
        }

        body.AssignRole(RoleKind.GovernmentObserver,
            RoleHolder.External("Grace Njeri", "g.njeri@interior.example.go.ke", "Ministry of Interior and National Administration"), from);
        var firearms = body.CreateWorkingGroup("Firearms and at-risk youth", from);
        body.AssignRole(RoleKind.WorkingGroupLead, await HolderAsync("kevin@nfap.example.or.ke"), from, workingGroupId: firearms.Id);
        body.AssignRole(RoleKind.WorkingGroupMember, await HolderAsync("p.kiprono@hakiyouth.example.org"), from, workingGroupId: firearms.Id);
        body.AppointFocalPoint("KE", "Office of the Attorney-General", "Daniel Kiptoo", "d.kiptoo@ag.example.go.ke", from);
        body.AppointFocalPoint("KE", "State Department for Internal Security", "Mercy Chelangat", "m.chelangat@interior.example.go.ke", from.AddMonths(9));
    }

    private async Task<RoleHolder> HolderAsync(string email)
    {
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Email == email)
            ?? throw new DomainRuleException($"The demo contact {email} is missing from the samples.");
        return RoleHolder.Member(contact.OrganisationId, contact.Id);
    }
}
