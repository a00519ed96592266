using Review4U.Workflows.Definitions;

namespace Review4U.Workflows.Tests.Definitions.Model;

public sealed class RetryPolicyTests
{
    [Fact]
    public void DelayAfter_GrowsByTheMultiplierUpToTheCap_WhenFailuresAddUp()
    {
        var policy = new RetryPolicy(5, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), 2, SourceLocation.None);

        Assert.Equal(
            [TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(120)],
            Enumerable.Range(1, 4).Select(policy.DelayAfter));
    }

    [Fact]
    public void AllowsRetryAfter_StopsAtTheLastAttempt_WhenAttemptsAreCounted()
    {
        var policy = new RetryPolicy(3, TimeSpan.FromSeconds(1), null, 1, SourceLocation.None);

        Assert.True(policy.AllowsRetryAfter(2));
        Assert.False(policy.AllowsRetryAfter(3));
    }
}
