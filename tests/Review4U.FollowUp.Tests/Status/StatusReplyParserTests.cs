using Review4U.FollowUp.Model;
using Review4U.FollowUp.Status;

namespace Review4U.FollowUp.Tests.Status;

public sealed class StatusReplyParserTests
{
    [Theory]
    [InlineData("On track, 15% - the SOP drafting continues.", CommitmentStatuses.OnTrack, 15, "the SOP drafting continues.")]
    [InlineData("Done. The Cabinet adopted the SOPs.", CommitmentStatuses.Done, null, "The Cabinet adopted the SOPs.")]
    [InlineData("status: at risk\nprogress: 40%\nThe workshop was postponed.", CommitmentStatuses.AtRisk, 40, "The workshop was postponed.")]
    [InlineData("AT RISK\nFunding is late.", CommitmentStatuses.AtRisk, null, "Funding is late.")]
    [InlineData("statut : à risque\nprogress: 40%\nL'atelier est reporté.", CommitmentStatuses.AtRisk, 40, "L'atelier est reporté.")]
    [InlineData("En curso. Avance según lo previsto.", CommitmentStatuses.OnTrack, null, "Avance según lo previsto.")]
    [InlineData("الحالة: متعثر\nلم يصدر المرسوم بعد.", CommitmentStatuses.Blocked, null, "لم يصدر المرسوم بعد.")]
    [InlineData("blocked", CommitmentStatuses.Blocked, null, null)]
    public void Parse_ReadsStatusProgressAndNote_WhenTheReplyNamesAStatus(string text, string status, int? progress, string? note)
    {
        var update = StatusReplyParser.Parse(text);

        Assert.NotNull(update);
        Assert.Equal(status, update.Status);
        Assert.Equal(progress, update.Progress);
        Assert.Equal(note, update.Note);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Thanks, I will answer next week.")]
    [InlineData("Doneness is relative.")]
    public void Parse_ReturnsNull_WhenTheReplyNamesNoStatus(string text) => Assert.Null(StatusReplyParser.Parse(text));
}
