using Review4U.Secretariat.Decisions;

namespace Review4U.Secretariat.Tests.Renewals;

public sealed class TallyTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 3)]
    [InlineData(5, 3)]
    [InlineData(0, 1)]
    public void MajorityOf_IsMoreThanHalf(int members, int quorum) => Assert.Equal(quorum, Tally.MajorityOf(members));

    [Fact]
    public void Decide_ReturnsNull_WhileNoChoiceReachesTheQuorum() =>
        Assert.Null(Tally.Decide(["renew", "a", "a"], 3));

    [Fact]
    public void Decide_ReturnsTheChoice_WhenItReachesTheQuorum() =>
        Assert.Equal("a", Tally.Decide(["renew", "a", "a", "a"], 3));
}
