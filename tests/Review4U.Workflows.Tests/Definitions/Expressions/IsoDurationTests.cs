using Review4U.Workflows.Expressions;

namespace Review4U.Workflows.Tests.Definitions.Expressions;

public sealed class IsoDurationTests
{
    [Theory]
    [InlineData("P7D", 7 * 24 * 3600)]
    [InlineData("PT2H", 2 * 3600)]
    [InlineData("P1DT12H", 36 * 3600)]
    [InlineData("P2W", 14 * 24 * 3600)]
    [InlineData("PT30S", 30)]
    [InlineData("PT1M30.5S", 90.5)]
    public void TryParse_ReturnsTheDuration_WhenTextIsIso8601(string text, double seconds)
    {
        Assert.True(IsoDuration.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Theory]
    [InlineData("P1M", "'P1M' uses years or months, whose length varies; write days instead")]
    [InlineData("P1Y2D", "'P1Y2D' uses years or months, whose length varies; write days instead")]
    [InlineData("30s", "'30s' is not an ISO 8601 duration")]
    [InlineData("P", "'P' is not an ISO 8601 duration")]
    [InlineData("PT", "'PT' is not an ISO 8601 duration")]
    [InlineData("P1DT", "'P1DT' is not an ISO 8601 duration")]
    [InlineData("p7d", "'p7d' is not an ISO 8601 duration")]
    [InlineData("", "the duration is empty")]
    public void TryParse_ExplainsTheProblem_WhenTextIsNotAllowed(string text, string error)
    {
        Assert.False(IsoDuration.TryParse(text, out _, out var actual));
        Assert.Equal(error, actual);
    }

    [Theory]
    [InlineData("P7D")]
    [InlineData("P1DT2H3M4S")]
    [InlineData("PT0.5S")]
    [InlineData("PT0S")]
    public void Format_RoundTrips_WhenDurationIsParsed(string text)
    {
        Assert.Equal(text, IsoDuration.Format(IsoDuration.Parse(text)));
    }
}
