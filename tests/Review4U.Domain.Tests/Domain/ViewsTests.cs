using Microsoft.Extensions.Time.Testing;
using Review4U.Domain.Governance;
using Review4U.Domain.Members;
using Review4U.Domain.Views;
using Review4U.Domain.Vocabulary;

namespace Review4U.Domain.Tests.Domain;

public sealed class ViewsTests
{
    [Theory]
    [InlineData(1, 1, 0, 0, true)]
    [InlineData(2, 1, 0, 0, true)]
    [InlineData(3, 1, 0, 0, false)]
    [InlineData(6, 4, 0, 0, true)]
    [InlineData(7, 3, 0, 0, false)]
    [InlineData(0, 0, 0, 3, false)]
    public void GenderBalance_IsBalanced_FollowsTheSixtyPercentOrOnePersonRule(int women, int men, int other, int undeclared, bool expected)
    {
        var genders = Enumerable.Repeat<Gender?>(Gender.Female, women)
            .Concat(Enumerable.Repeat<Gender?>(Gender.Male, men))
            .Concat(Enumerable.Repeat<Gender?>(Gender.Other, other))
            .Concat(Enumerable.Repeat<Gender?>(null, undeclared));

        Assert.Equal(expected, GenderBalance.Of(genders).IsBalanced);
    }

    [Fact]
    public void SteeringCommitteeView_CountsEachPersonOnce_AndListsMissingAreas()
    {
        var body = Samples.Alliance();
        var a = Samples.Organisation("Haki Youth Trust", "KE", ["firearms", "trafficking-in-persons"], ("Amina Otieno", "amina@haki.example.org", Gender.Female));
        var b = Samples.Organisation("Pwani Legal Aid", "KE", ["emerging-crimes"], ("Brian Mwangi", "brian@pwani.example.org", Gender.Male));
        var c = Samples.Organisation("Ordinary Org", "KE", ["drugs-corruption"], ("Carol Wanjiru", "carol@ordinary.example.org", Gender.Female));
        var day = new DateOnly(2024, 1, 1);
        foreach (var org in new[] { a, b, c })
        {
            body.Admit(org, Samples.Founded);
        }

        body.AssignRole(RoleKind.Coordinator, Samples.Holder(a), day);
        body.AssignRole(RoleKind.SteeringCommitteeMember, Samples.Holder(a), day);
        body.AssignRole(RoleKind.SteeringCommitteeMember, Samples.Holder(b), day);
        body.AssignRole(RoleKind.OrdinaryMember, Samples.Holder(c), day);

        var view = SteeringCommitteeView.Build(body, [a, b, c], day);

        Assert.Equal(new GenderBalance(1, 1, 0, 0), view.GenderBalance);
        Assert.Equal(["trafficking-in-persons", "firearms", "emerging-crimes"], view.Coverage.Covered);
        Assert.Equal(["untoc-implementation", "government-coordination", "smuggling-of-migrants", "drugs-corruption"], view.Coverage.Missing);
    }

    [Fact]
    public void MembersPerThematicArea_ListsAllSevenAreasWithZeros()
    {
        var members = new[]
        {
            Samples.Organisation("One", "KE", ["firearms", "trafficking-in-persons"]),
            Samples.Organisation("Two", "KE", ["firearms"]),
        };

        var counts = MembersPerThematicArea.Of(members);

        Assert.Equal(ThematicAreas.All, counts.Select(c => c.Area));
        Assert.Equal([0, 0, 1, 0, 2, 0, 0], counts.Select(c => c.Organisations));
    }

    [Fact]
    public void Today_UsesTheBodysTimeZone_NotUtc()
    {
        var body = Samples.Alliance();
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 2, 29, 22, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2024, 3, 1), body.Today(time));
    }
}
