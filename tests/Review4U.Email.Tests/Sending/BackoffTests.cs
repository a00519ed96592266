using Review4U.Email.Sending;

namespace Review4U.Email.Tests.Sending;

public sealed class BackoffTests
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(5, 480)]
    [InlineData(20, 7200)]
    public void Delay_DoublesFromTheBaseUpToTheCap(int attempt, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), Backoff.Delay(attempt, TimeSpan.FromSeconds(30), TimeSpan.FromHours(2)));
    }
}
