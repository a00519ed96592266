using Review4U.Rounds.Tasks;

namespace Review4U.Rounds.Tests.Tasks;

/// <summary>Pure logic: a cut text filled with values equals the text with each mark replaced by its value.</summary>
public sealed class MarkedTextTests
{
    private static readonly string[] Marks = ["<N>", "<O>", "<T>"];
    private static readonly string[] Values = ["Amina", "Haki Centre", "tok-3n"];

    [Theory]
    [InlineData("")]
    [InlineData("no marks at all")]
    [InlineData("<N>")]
    [InlineData("<N><O><T>")]
    [InlineData("Dear <N>,\n<O> is invited: https://x.test/<T>\n")]
    [InlineData("<T> twice <T>, then <N> at the end <N>")]
    [InlineData("<O <N>> and <> and <T")]
    public void Fill_GivesTheTextWithEveryMarkReplaced(string text)
    {
        var expected = text.Replace("<N>", Values[0], StringComparison.Ordinal)
            .Replace("<O>", Values[1], StringComparison.Ordinal)
            .Replace("<T>", Values[2], StringComparison.Ordinal);

        Assert.Equal(expected, MarkedText.Cut(text, Marks).Fill(Values));
    }

    [Fact]
    public void Fill_UsesEachCallsOwnValues_WhenOneCutTextIsFilledManyTimes()
    {
        var cut = MarkedText.Cut("<N> of <O>", Marks);

        Assert.Equal("Amina of Haki", cut.Fill(["Amina", "Haki", "x"]));
        Assert.Equal("John of Youth Link", cut.Fill(["John", "Youth Link", "y"]));
        Assert.Equal(" of ", cut.Fill(["", "", ""]));
    }
}
