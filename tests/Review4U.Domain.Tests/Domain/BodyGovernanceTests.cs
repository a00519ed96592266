using Review4U.Domain.Governance;
using Review4U.Domain.Members;

namespace Review4U.Domain.Tests.Domain;

public sealed class BodyGovernanceTests
{
    private static readonly DateOnly Day = new(2024, 1, 1);

    private static (Bodies.Body Body, MemberOrganisation A, MemberOrganisation B) AllianceWithTwoMembers()
    {
        var body = Samples.Alliance();
        var a = Samples.Organisation("Haki Youth Trust", "KE", null, ("Amina Otieno", "amina@haki.example.org", Gender.Female));
        var b = Samples.Organisation("Pwani Legal Aid", "KE", null, ("Brian Mwangi", "brian@pwani.example.org", Gender.Male));
        body.Admit(a, Samples.Founded);
        body.Admit(b, Samples.Founded);
        return (body, a, b);
    }

    [Fact]
    public void AssignRole_Throws_WhenASecondCoordinatorWouldOverlap()
    {
        var (body, a, b) = AllianceWithTwoMembers();
        body.AssignRole(RoleKind.Coordinator, Samples.Holder(a), Day);

        var error = Assert.Throws<DomainRuleException>(() => body.AssignRole(RoleKind.Coordinator, Samples.Holder(b), Day.AddMonths(3)));

        Assert.Equal("NACSA-KE already has a Coordinator from 2024-01-01 to now (open term); end that term first (terms cannot overlap).", error.Message);
    }

    [Fact]
    public void AssignRole_Throws_WhenANewTermStartsBeforeAnEndedOneFinished()
    {
        var (body, a, b) = AllianceWithTwoMembers();
        body.AssignRole(RoleKind.Coordinator, Samples.Holder(a), Day, Day.AddYears(1));

        Assert.Throws<DomainRuleException>(() => body.AssignRole(RoleKind.Coordinator, Samples.Holder(b), Day.AddMonths(11)));
    }

    [Fact]
    public void AssignRole_KeepsHistory_WhenSuccessorStartsOnTheDayThePredecessorEnds()
    {
        var (body, a, b) = AllianceWithTwoMembers();
        var first = body.AssignRole(RoleKind.Coordinator, Samples.Holder(a), Day);
        body.EndRole(first.Id, Day.AddYears(1));

        var second = body.AssignRole(RoleKind.Coordinator, Samples.Holder(b), Day.AddYears(1));

        Assert.Equal(2, body.Roles.Count);
        Assert.Equal(first.Id, body.HolderOn(RoleKind.Coordinator, Day.AddYears(1).AddDays(-1))!.Id);
        Assert.Equal(second.Id, body.HolderOn(RoleKind.Coordinator, Day.AddYears(1))!.Id);
    }

    [Fact]
    public void AssignRole_Throws_WhenTheHolderIsNotAMember()
    {
        var body = Samples.Alliance();
        var outsider = Samples.Organisation("Outside Org", "KE", null, ("Out Sider", "out@side.example.org", null));

        var error = Assert.Throws<DomainRuleException>(() => body.AssignRole(RoleKind.SteeringCommitteeMember, Samples.Holder(outsider), Day));

        Assert.Equal("The holder's organisation is not a member of NACSA-KE on 2024-01-01.", error.Message);
    }

    [Fact]
    public void AssignRole_AllowsManyMembers_ButNotThesamePersonTwiceInOnePeriod()
    {
        var (body, a, b) = AllianceWithTwoMembers();
        body.AssignRole(RoleKind.SteeringCommitteeMember, Samples.Holder(a), Day);
        body.AssignRole(RoleKind.SteeringCommitteeMember, Samples.Holder(b), Day);

        var error = Assert.Throws<DomainRuleException>(() => body.AssignRole(RoleKind.SteeringCommitteeMember, Samples.Holder(a), Day.AddDays(10)));

        Assert.Equal("This person already is a Steering Committee member of NACSA-KE in that period.", error.Message);
    }

    [Fact]
    public void AssignRole_AllowsOneLeadPerWorkingGroup_WhenGroupsDiffer()
    {
        var (body, a, b) = AllianceWithTwoMembers();
        var firearms = body.CreateWorkingGroup("Firearms", Day);
        var outreach = body.CreateWorkingGroup("Strategic communication", Day);
        body.AssignRole(RoleKind.WorkingGroupLead, Samples.Holder(a), Day, workingGroupId: firearms.Id);
        body.AssignRole(RoleKind.WorkingGroupLead, Samples.Holder(b), Day, workingGroupId: outreach.Id);

        Assert.Throws<DomainRuleException>(() => body.AssignRole(RoleKind.WorkingGroupLead, Samples.Holder(b), Day, workingGroupId: firearms.Id));
        Assert.Throws<DomainRuleException>(() => body.AssignRole(RoleKind.WorkingGroupMember, Samples.Holder(b), Day));
        Assert.Throws<DomainRuleException>(() => body.CreateWorkingGroup("firearms", Day));
    }

    [Fact]
    public void AssignRole_RequiresAnExternalPerson_WhenTheRoleIsGovernmentObserver()
    {
        var (body, a, _) = AllianceWithTwoMembers();

        Assert.Throws<DomainRuleException>(() => body.AssignRole(RoleKind.GovernmentObserver, Samples.Holder(a), Day));
        var observer = body.AssignRole(RoleKind.GovernmentObserver, RoleHolder.External("Grace Njeri", "g.njeri@interior.example.go.ke", "Ministry of Interior"), Day);

        Assert.Null(observer.ContactId);
        Assert.Equal("Grace Njeri", observer.ExternalName);
    }

    [Fact]
    public void EndRole_Throws_WhenTheEndIsNotAfterTheStartOrTheTermAlreadyEnded()
    {
        var (body, a, _) = AllianceWithTwoMembers();
        var role = body.AssignRole(RoleKind.CoCoordinator, Samples.Holder(a), Day);

        Assert.Throws<DomainRuleException>(() => body.EndRole(role.Id, Day));
        body.EndRole(role.Id, Day.AddMonths(6));
        var error = Assert.Throws<DomainRuleException>(() => body.EndRole(role.Id, Day.AddMonths(7)));

        Assert.Equal("This Co-Coordinator term already ended on 2024-07-01.", error.Message);
    }

    [Fact]
    public void EndRole_Throws_WhenTheEndWouldOverlapTheNextTerm()
    {
        var (body, a, b) = AllianceWithTwoMembers();
        var first = body.AssignRole(RoleKind.AdministrativeFocalPoint, Samples.Holder(a), Day, Day.AddMonths(6));
        body.AssignRole(RoleKind.AdministrativeFocalPoint, Samples.Holder(b), Day.AddMonths(6));

        Assert.Throws<DomainRuleException>(() => body.EndRole(first.Id, Day.AddMonths(8)));
    }

    [Fact]
    public void AssignRole_ReturnsTheExistingTerm_WhenTheSameTermIsAskedForAgain()
    {
        var (body, a, _) = AllianceWithTwoMembers();
        var first = body.AssignRole(RoleKind.Coordinator, Samples.Holder(a), Day);

        var again = body.AssignRole(RoleKind.Coordinator, Samples.Holder(a), Day);

        Assert.Same(first, again);
        Assert.Single(body.Roles);
    }
}
