using MimeKit;
using Review4U.Email.Inbound;
using Review4U.Email.Tests.Infrastructure;

namespace Review4U.Email.Tests.Inbound;

public sealed class ReplyTrimmerTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Of("tests", "Review4U.Email.Tests", "Fixtures"), "replies"), "*.eml").Order())
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Trim_KeepsExactlyWhatTheMemberWrote_ForEachRealWorldReplyStyle(string fixture)
    {
        var folder = Path.Combine(RepositoryPaths.Of("tests", "Review4U.Email.Tests", "Fixtures"), "replies");
        var message = await MimeMessage.LoadAsync(Path.Combine(folder, fixture + ".eml"));
        var expected = (await File.ReadAllTextAsync(Path.Combine(folder, fixture + ".expected.txt"))).TrimEnd('\n');

        var trimmed = ReplyTrimmer.Trim(InboundText.Extract(message));

        Assert.Equal(expected, trimmed);
    }

    [Fact]
    public void Fixtures_CoverTheRequiredQuoteStyles()
    {
        Assert.True(Directory.GetFiles(Path.Combine(RepositoryPaths.Of("tests", "Review4U.Email.Tests", "Fixtures"), "replies"), "*.eml").Length >= 12);
    }

    [Theory]
    [InlineData("From: our experience in Mombasa, victims rarely testify.\nThat is our answer.")]
    [InlineData("On balance, we think the law works.\nThey wrote: nothing more.")]
    [InlineData("-- not a signature line because text follows the dashes")]
    [InlineData("On Monday we met the prosecutors in 2025.\nThe minister wrote:\nnothing on this topic.")]
    [InlineData("Le ministre a écrit :\nrien sur ce sujet.")]
    public void Trim_KeepsTheText_WhenALineOnlyLooksLikeAMarker(string text)
    {
        Assert.Equal(text, ReplyTrimmer.Trim(text));
    }

    [Theory]
    [InlineData("Le projet avance bien\n\nLe 2 mars 2026, l'alliance a écrit :\n> Invitation", "Le projet avance bien")]
    [InlineData("Le projet avance bien\nLe 2 mars 2026 à 10:00, Alliance <a@b.c>\na écrit :\n> Invitation", "Le projet avance bien")]
    [InlineData("On track with the training\n\nOn 2 March 2026, the alliance wrote:\n> Invitation", "On track with the training")]
    public void Trim_KeepsTheFirstLine_WhenItOpensLikeAHeaderWithoutEndingASentence(string text, string expected)
    {
        Assert.Equal(expected, ReplyTrimmer.Trim(text));
    }

    [Fact]
    public void Trim_ReturnsEmpty_WhenTheReplyIsOnlyAQuote()
    {
        Assert.Equal("", ReplyTrimmer.Trim("On Mon, 2 Nov 2026 at 09:00, X <x@y.z> wrote:\n> hello\n"));
    }
}
