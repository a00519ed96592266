using Review4U.Domain.Governance;
using Review4U.Domain.Members;

namespace Review4U.Domain.Tests.Domain;

public sealed class BodySecretariatTests
{
    private static readonly DateOnly Day = new(2024, 3, 1);

    private static (Bodies.Body Body, MemberOrganisation Coordinator) AllianceWithCoordinator()
    {
        var body = Samples.Alliance();
        var org = Samples.Organisation("Haki Youth Trust", "KE", null, ("Amina Otieno", "amina@haki.example.org", Gender.Female));
        body.Admit(org, Samples.Founded);
        body.AssignRole(RoleKind.Coordinator, Samples.Holder(org), Day);
        return (body, org);
    }

    [Fact]
    public void StartSecretariatTerm_RunsOneYearForTheCoordinatorsOrganisation()
    {
        var (body, org) = AllianceWithCoordinator();

        var term = body.StartSecretariatTerm(Day);

        Assert.Equal(org.Id, term.OrganisationId);
        Assert.Equal(new DateOnly(2025, 3, 1), term.EndsOn);
        Assert.Equal(365, term.DaysToEnd(Day));
        Assert.Equal(1, term.DaysToEnd(new DateOnly(2025, 2, 28)));
    }

    [Fact]
    public void StartSecretariatTerm_Throws_WhenThereIsNoCoordinator()
    {
        var body = Samples.Alliance();

        var error = Assert.Throws<DomainRuleException>(() => body.StartSecretariatTerm(Day));

        Assert.Equal("NACSA-KE has no Coordinator on 2024-03-01: the Secretariat is the coordinator's organisation.", error.Message);
    }

    [Fact]
    public void StartSecretariatTerm_Throws_WhenATermIsRunning()
    {
        var (body, _) = AllianceWithCoordinator();
        body.StartSecretariatTerm(Day);

        Assert.Throws<DomainRuleException>(() => body.StartSecretariatTerm(Day.AddMonths(6)));
    }

    [Fact]
    public void RenewSecretariatTerm_ExtendsByOneYearAndKeepsHistory()
    {
        var (body, _) = AllianceWithCoordinator();
        var term = body.StartSecretariatTerm(Day);

        body.RenewSecretariatTerm(new DateOnly(2025, 2, 1));
        body.RenewSecretariatTerm(new DateOnly(2026, 1, 15));

        Assert.Equal(new DateOnly(2027, 3, 1), term.EndsOn);
        Assert.Equal(
            [(new DateOnly(2025, 3, 1), new DateOnly(2026, 3, 1)), (new DateOnly(2026, 3, 1), new DateOnly(2027, 3, 1))],
            term.Renewals.Select(r => (r.PreviousEndsOn, r.NewEndsOn)));
    }

    [Fact]
    public void RenewSecretariatTerm_Throws_WhenTheTermHasEnded()
    {
        var (body, _) = AllianceWithCoordinator();
        body.StartSecretariatTerm(Day);

        var error = Assert.Throws<DomainRuleException>(() => body.RenewSecretariatTerm(new DateOnly(2025, 3, 1)));

        Assert.Equal("The secretariat term ended on 2025-03-01; an ended term cannot be renewed: start a new term.", error.Message);
    }

    [Fact]
    public void DaysToEnd_CountsToTheEndAsItStoodThatDay_BeforeALaterRenewal()
    {
        var (body, _) = AllianceWithCoordinator();
        var term = body.StartSecretariatTerm(Day);
        body.RenewSecretariatTerm(new DateOnly(2025, 2, 1));

        Assert.Equal(new DateOnly(2025, 3, 1), term.EndsOnAsOf(new DateOnly(2025, 1, 31)));
        Assert.Equal(29, term.DaysToEnd(new DateOnly(2025, 1, 31)));
        Assert.Equal(393, term.DaysToEnd(new DateOnly(2025, 2, 1)));
        Assert.Equal(1, term.RenewalsAsOf(new DateOnly(2025, 2, 1)));
    }

    [Fact]
    public void RenewSecretariatTerm_RenewsOnce_WhenTheSameDaysRenewalIsRepeated()
    {
        var (body, _) = AllianceWithCoordinator();
        var term = body.StartSecretariatTerm(Day);
        Assert.Same(term, body.StartSecretariatTerm(Day));

        body.RenewSecretariatTerm(new DateOnly(2025, 2, 1));
        body.RenewSecretariatTerm(new DateOnly(2025, 2, 1));

        Assert.Equal(new DateOnly(2026, 3, 1), term.EndsOn);
        Assert.Single(term.Renewals);
    }
}
