using Review4U.Workflows.Validation;

namespace Review4U.Workflows.Tests.Definitions.Validation;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("lgo", "log")]
    [InlineData("chlid", "child")]
    [InlineData("sendMial", "sendMail")]
    [InlineData("FOREACH", "forEach")]
    public void Closest_FindsTheIntendedName_WhenTheTypoIsSmall(string given, string expected)
    {
        Assert.Equal(expected, Suggestions.Closest(given, ["log", "child", "sendMail", "forEach", "parallel"]));
    }

    [Fact]
    public void Closest_ReturnsNull_WhenNothingIsClose()
    {
        Assert.Null(Suggestions.Closest("webhook", ["manual", "cron", "event"]));
    }

    [Fact]
    public void Hint_CountsTheCandidates_WhenTheListIsLong()
    {
        var hint = Suggestions.Hint("zzz", Enumerable.Range(0, 20).Select(i => $"step{i}"), "steps");

        Assert.Equal("20 steps exist", hint);
    }
}
