using System.Text;
using Review4U.Documents.Progress;
using Review4U.Documents.Tests.Support;

namespace Review4U.Documents.Tests.Progress;

public class ProgressReportWriterTests
{
    private static ProgressReportModel Report(string language = "en") => new(
        "NACSA Kenya",
        "VPI priorities: progress report",
        "Q1 2027",
        language,
        new DateOnly(2027, 3, 31),
        [
            new Commitment(
                "P1", "National referral mechanism for victims of trafficking", "Ministry of Interior", new DateOnly(2027, 12, 31),
                CommitmentStatus.OnTrack, 40,
                [new CommitmentIndicator("Counties with a referral focal point", "3", "47", "19")],
                [new TimelineEntry(new DateOnly(2027, 2, 14), "Validation workshop held."), new TimelineEntry(new DateOnly(2027, 1, 10), "Terms of reference agreed.")],
                Children:
                [
                    new Commitment("P1.1", "Standard operating procedures adopted", "Counter-Trafficking Advisory Committee", new DateOnly(2027, 3, 1), CommitmentStatus.AtRisk, 70, [], []),
                ]),
            new Commitment("P2", "Civil society seat in the national coordination body", "Office of the Attorney General", new DateOnly(2027, 6, 30), CommitmentStatus.Blocked, 10, [], [], "Waiting for a decree."),
            new Commitment("P3", "Publish annual organized crime statistics", "National Crime Research Centre", new DateOnly(2027, 2, 28), CommitmentStatus.Done, 100, [], []),
        ],
        new DateTimeOffset(2027, 4, 2, 7, 0, 0, TimeSpan.Zero));

    [Fact]
    public void WriteDocx_ShowsSummaryAttentionAndCommitments()
    {
        var read = DocxReader.Read(Docx(Report()));

        Assert.Equal(["VPI priorities: progress report"], read.WithStyle("Title"));
        Assert.Equal(["Summary", "Commitments"], read.WithStyle("Heading1"));
        Assert.Equal(
            ["Needs attention", "P1. National referral mechanism for victims of trafficking", "P2. Civil society seat in the national coordination body", "P3. Publish annual organized crime statistics"],
            read.WithStyle("Heading2"));
        Assert.Equal(["P1.1. Standard operating procedures adopted"], read.WithStyle("Heading3"));
        Assert.Equal(
            [["Status", "Commitments", "Share"], ["On track", "1", "33%"], ["At risk", "0", "0%"], ["Blocked", "1", "33%"], ["Done", "1", "33%"]],
            read.Tables[0]);
        Assert.Contains("Overall progress: 50%", read.WithStyle("Normal"));
        Assert.Contains("P1.1. Standard operating procedures adopted: At risk (overdue)", read.WithStyle("Normal"));
        Assert.Contains("P2. Civil society seat in the national coordination body: Blocked", read.WithStyle("Normal"));
        Assert.Contains("Owner: Ministry of Interior · Due: 2027-12-31 · Status: On track · Progress: 40%", read.WithStyle("Normal"));
        Assert.Equal([["Indicator", "Baseline", "Target", "Current"], ["Counties with a referral focal point", "3", "47", "19"]], read.Tables[1]);
        Assert.Equal(["2027-01-10: Terms of reference agreed.", "2027-02-14: Validation workshop held.", "Waiting for a decree."], read.WithStyle("Contribution"));
    }

    [Fact]
    public void WriteDocxAndHtml_AreByteIdentical_WhenWrittenTwice()
    {
        Assert.Equal(Docx(Report()), Docx(Report()));
        Assert.Equal(Html(Report("ar")), Html(Report("ar")));
    }

    [Fact]
    public void WriteHtml_IsRightToLeft_WhenArabic()
    {
        var html = Encoding.UTF8.GetString(Html(Report("ar")));

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">متعثر</th><td>1</td><td>33%</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteDocx_Throws_WhenProgressOutOfRangeOrIdRepeated()
    {
        var model = Report() with
        {
            Commitments = [new Commitment("P1", "A", "B", new DateOnly(2027, 1, 1), CommitmentStatus.OnTrack, 140, [], []), new Commitment("P1", "C", "D", new DateOnly(2027, 1, 1), CommitmentStatus.Done, 100, [], [])],
        };
        using var output = new MemoryStream();

        var error = Assert.Throws<ArgumentException>(() => ProgressReportWriter.WriteDocx(model, output));

        Assert.Equal(0, output.Length);
        Assert.Contains("commitment 'P1': progress must be between 0 and 100, not 140", error.Message, StringComparison.Ordinal);
        Assert.Contains("commitment id 'P1' is used twice", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Docx(ProgressReportModel model)
    {
        using var output = new MemoryStream();
        ProgressReportWriter.WriteDocx(model, output);
        return output.ToArray();
    }

    private static byte[] Html(ProgressReportModel model)
    {
        using var output = new MemoryStream();
        ProgressReportWriter.WriteHtml(model, output);
        return output.ToArray();
    }
}
