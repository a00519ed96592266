using Review4U.Domain;
using Review4U.Domain.Bodies;
using Review4U.Domain.Governance;
using Review4U.Domain.Members;

namespace Review4U.Secretariat.Tests.Domain;

/// <summary>Pure domain rules of <see cref="Body.AppointSecretariat"/>: the hand-over keeps every earlier term and role.</summary>
public sealed class BodySecretariatTests
{
    private static readonly DateOnly Joined = new(2025, 6, 1);
    private static readonly DateOnly TermStart = new(2026, 3, 1);
    private static readonly DateOnly TermEnd = new(2027, 3, 1);

    [Fact]
    public void AppointSecretariat_EndsTheCoordinatorAndStartsTheChosenContactAndATerm_WhenAnotherOrganisationIsChosen()
    {
        var (body, members) = Alliance();
        var chosen = RoleHolder.Member(members[2].Id, members[2].Contacts[0].Id);

        var term = body.AppointSecretariat(chosen, TermEnd);

        Assert.Equal((members[2].Id, TermEnd, TermEnd.AddYears(1)), (term.OrganisationId, term.StartsOn, term.EndsOn));
        Assert.Equal(2, body.SecretariatTerms.Count);
        Assert.Equal(members[0].Contacts[0].Id, body.HolderOn(RoleKind.Coordinator, TermEnd.AddDays(-1))!.ContactId);
        Assert.Equal(members[2].Contacts[0].Id, body.HolderOn(RoleKind.Coordinator, TermEnd)!.ContactId);
        Assert.Equal(2, body.Roles.Count(r => r.Kind == RoleKind.Coordinator));
    }

    [Fact]
    public void AppointSecretariat_ReturnsTheSameTerm_WhenAskedTwice()
    {
        var (body, members) = Alliance();
        var chosen = RoleHolder.Member(members[2].Id, members[2].Contacts[0].Id);

        var first = body.AppointSecretariat(chosen, TermEnd);
        var second = body.AppointSecretariat(chosen, TermEnd);

        Assert.Same(first, second);
        Assert.Equal(2, body.Roles.Count(r => r.Kind == RoleKind.Coordinator));
    }

    [Fact]
    public void AppointSecretariat_ThrowsAndChangesNothing_WhenTheNewTermWouldOverlapTheRunningOne()
    {
        var (body, members) = Alliance();

        var error = Assert.Throws<DomainRuleException>(() =>
            body.AppointSecretariat(RoleHolder.Member(members[2].Id, members[2].Contacts[0].Id), TermEnd.AddDays(-10)));

        Assert.Contains("overlaps", error.Message, StringComparison.Ordinal);
        Assert.Single(body.SecretariatTerms);
        Assert.Null(Assert.Single(body.Roles, r => r.Kind == RoleKind.Coordinator).EndsOn);
    }

    [Fact]
    public void AppointSecretariat_ThrowsAndChangesNothing_WhenTheChosenOrganisationIsNotAMember()
    {
        var (body, _) = Alliance();
        var outsider = Organisation("outsider", 9);

        var error = Assert.Throws<DomainRuleException>(() =>
            body.AppointSecretariat(RoleHolder.Member(outsider.Id, outsider.Contacts[0].Id), TermEnd));

        Assert.Contains("not a member", error.Message, StringComparison.Ordinal);
        Assert.Single(body.SecretariatTerms);
        Assert.Null(Assert.Single(body.Roles, r => r.Kind == RoleKind.Coordinator).EndsOn);
    }

    private static (Body Body, List<MemberOrganisation> Members) Alliance()
    {
        var body = Body.Create(new BodyProfile("NACSA-KE", "Kenya alliance", BodyKind.NationalAlliance, "KE", null, [], "Africa/Nairobi",
            ["en"], "en", Establishment.VpiContext, new DateOnly(2025, 1, 15)));
        var members = Enumerable.Range(1, 3).Select(n => Organisation($"org{n}", n)).ToList();
        members.ForEach(m => body.Admit(m, Joined));
        body.AssignRole(RoleKind.Coordinator, RoleHolder.Member(members[0].Id, members[0].Contacts[0].Id), Joined);
        body.StartSecretariatTerm(TermStart);
        return (body, members);
    }

    private static MemberOrganisation Organisation(string key, int n)
    {
        var organisation = MemberOrganisation.Create(key, new OrganisationProfile($"Organisation {n}", OrganisationType.Ngo, "KE", [], []));
        organisation.UpsertContact(new ContactDetails($"Person {n}", $"person{n}@{key}.example.org", "en", null), 1);
        return organisation;
    }
}
