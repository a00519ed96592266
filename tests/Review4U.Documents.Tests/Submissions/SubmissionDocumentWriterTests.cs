using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Review4U.Documents.Submissions;
using Review4U.Documents.Tests.Support;

namespace Review4U.Documents.Tests.Submissions;

public class SubmissionDocumentWriterTests
{
    [Fact]
    public void WriteDocx_FollowsQuestionnaireStructure_WhenNamed()
    {
        var docx = Docx(SubmissionModels.Small());

        var read = DocxReader.Read(docx);
        Assert.Equal(["Contribution to the Cluster I self-assessment"], read.WithStyle("Title"));
        Assert.Equal(
            ["Cluster I · Convention: Criminalization", "Cluster II · Trafficking in Persons Protocol: Protection of victims", "Participation", "Annex: attachments"],
            read.WithStyle("Heading1"));
        Assert.Equal(
            ["q1. How is participation in an organized criminal group criminalized?", "q2. Is money laundering criminalized?", "q3. Which services are available to victims?", "q4. Attach relevant studies."],
            read.WithStyle("Heading2").Take(4));
        Assert.Equal(["Alpha Youth Network", "Beta Rights Watch", "Beta Rights Watch", "Alpha Youth Network", "Alpha Youth Network"], read.WithStyle("Attribution"));
        Assert.Contains("Answer: Shelter; Legal aid", read.WithStyle("Contribution"));
        Assert.Contains("Answer: Partially", read.WithStyle("Contribution"));
        Assert.Contains("Courts rarely apply it.", read.WithStyle("Contribution"));
    }

    [Fact]
    public void WriteDocx_HidesNames_WhenAnonymised()
    {
        var docx = Docx(SubmissionModels.Small(AttributionMode.Anonymised));

        var read = DocxReader.Read(docx);
        // Letters follow organisation ids: Beta (a…) = A, Gamma (b…) = B, Alpha (c…) = C.
        Assert.Equal(["Organisation A", "Organisation C", "Organisation A", "Organisation C", "Organisation C"], read.WithStyle("Attribution"));
        var allText = string.Join("\n", read.Paragraphs.Select(p => p.Text).Concat(read.Tables.SelectMany(t => t.SelectMany(r => r))));
        Assert.DoesNotContain("Alpha", allText, StringComparison.Ordinal);
        Assert.DoesNotContain("Beta", allText, StringComparison.Ordinal);
        Assert.DoesNotContain("Gamma", allText, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteDocx_WritesParticipationAndCoverageTables()
    {
        var read = DocxReader.Read(Docx(SubmissionModels.Small()));

        var participation = read.Tables[0];
        Assert.Equal(["Organisation", "Thematic areas", "Status", "Questions asked", "Questions answered"], participation[0]);
        Assert.Equal(["Alpha Youth Network", "Trafficking in persons", "Answered", "3", "3"], participation[1]);
        Assert.Equal(["Beta Rights Watch", "UNTOC implementation, Drug trafficking, corruption and related crimes", "Answered", "3", "2"], participation[2]);
        Assert.Equal(["Gamma Foundation", "Firearms", "Declined: No capacity this quarter", "2", "0"], participation[3]);

        var byArea = read.Tables[1];
        Assert.Equal(["Trafficking in persons", "1", "1", "100%"], byArea.Single(row => row[0] == "Trafficking in persons"));
        Assert.Equal(["Firearms", "1", "0", "0%"], byArea.Single(row => row[0] == "Firearms"));
        Assert.Equal(["Smuggling of migrants", "0", "0", "–"], byArea.Single(row => row[0] == "Smuggling of migrants"));

        var byQuestion = read.Tables[2];
        Assert.Equal(["q1. How is participation in an organized criminal group criminalized?", "3", "2", "67%"], byQuestion[1]);
        Assert.Equal(["q2. Is money laundering criminalized?", "1", "1", "100%"], byQuestion[2]);
        Assert.Equal(["q3. Which services are available to victims?", "1", "1", "100%"], byQuestion[3]);
    }

    [Fact]
    public void WriteDocx_ListsAttachmentsInAnnex()
    {
        var read = DocxReader.Read(Docx(SubmissionModels.Small()));

        var annex = read.Tables[3];
        Assert.Equal(["No.", "Question", "Organisation", "File", "Size"], annex[0]);
        Assert.Equal(["1", "q4", "Alpha Youth Network", "shelter-study-2026.pdf", "1.5 MB"], annex[1]);
        Assert.Equal(["2", "q4", "Alpha Youth Network", "interviews.docx", "20 KB"], annex[2]);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public void WriteDocx_PassesOpenXmlSchemaValidation(string language)
    {
        using var stream = new MemoryStream(Docx(SubmissionModels.Small(language: language)));
        using var document = WordprocessingDocument.Open(stream, false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(error => $"{error.Path?.XPath}: {error.Description}");

        var distinct = errors.Distinct().ToList();
        Assert.True(distinct.Count == 0, string.Join(Environment.NewLine, distinct));
    }

    [Fact]
    public void WriteDocx_IsByteIdentical_WhenWrittenTwice()
    {
        var first = Docx(SubmissionModels.Small());
        var second = Docx(SubmissionModels.Small());

        Assert.Equal(first, second);
        using var zip = new ZipArchive(new MemoryStream(first));
        Assert.All(zip.Entries, entry => Assert.Equal(SubmissionModels.GeneratedAt.DateTime, entry.LastWriteTime.DateTime));
    }

    [Fact]
    public void WriteDocx_StreamsToNonSeekableOutput_WithSameBytes()
    {
        using var buffer = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(buffer))
        {
            SubmissionDocumentWriter.WriteDocx(SubmissionModels.Small(), forwardOnly);
        }

        using var again = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(again))
        {
            SubmissionDocumentWriter.WriteDocx(SubmissionModels.Small(), forwardOnly);
        }

        Assert.Equal(buffer.ToArray(), again.ToArray());
        var read = DocxReader.Read(buffer.ToArray());
        Assert.Equal(4, read.Tables.Count);
    }

    [Fact]
    public void WriteDocx_IsByteIdentical_WhenSameInstantHasAnotherOffset()
    {
        var utc = Docx(SubmissionModels.Small());
        var local = Docx(SubmissionModels.Small() with { GeneratedAt = SubmissionModels.GeneratedAt.ToOffset(TimeSpan.FromHours(3)) });

        Assert.Equal(utc, local);
    }

    [Fact]
    public void WriteHtml_IsByteIdentical_WhenWrittenTwice()
    {
        Assert.Equal(Html(SubmissionModels.Small()), Html(SubmissionModels.Small()));
    }

    [Fact]
    public void WriteDocx_IsRightToLeft_WhenArabic()
    {
        var docx = Docx(SubmissionModels.Small(language: "ar"));

        var read = DocxReader.Read(docx);
        Assert.All(read.Paragraphs.Where(p => p.Text.Length > 0), p => Assert.True(p.RightToLeft, p.Text));
        Assert.Contains("q1. كيف يُجرَّم الاشتراك في جماعة إجرامية منظمة؟", read.WithStyle("Heading2"));
        Assert.Contains("الإجابة: مأوى; Legal aid", read.WithStyle("Contribution"));
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        Assert.Equal("ar", document.PackageProperties.Language);
    }

    [Fact]
    public void WriteHtml_IsRightToLeftAndAccessible_WhenArabic()
    {
        var html = System.Text.Encoding.UTF8.GetString(Html(SubmissionModels.Small(language: "ar")));

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("<caption>المنظمات المدعوة وإجاباتها</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">المنظمة</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteHtml_HasSameStructureAsDocx_AndEncodesText()
    {
        var model = SubmissionModels.Small() with
        {
            Contributions = [SubmissionContribution.FromText("q1", SubmissionModels.Alpha, "<script>alert(1)</script> & more")],
        };

        var html = System.Text.Encoding.UTF8.GetString(Html(model));

        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"title\">Contribution to the Cluster I self-assessment</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"section-criminalization\">Cluster I · Convention: Criminalization</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"question-q1\">q1. How is participation in an organized criminal group criminalized?</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"#section-protection\">Cluster II · Trafficking in Persons Protocol: Protection of victims</a></li>", html, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"#annex\">Annex: attachments</a></li>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"attribution\">Alpha Youth Network</p>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Gamma Foundation</th><td>Firearms</td><td>Declined: No capacity this quarter</td><td>2</td><td>0</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"note\">No files were attached.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteDocxAndHtml_DropCharactersXmlCannotCarry()
    {
        var model = SubmissionModels.Small() with
        {
            Contributions = [SubmissionContribution.FromText("q1", SubmissionModels.Alpha, "Bell\u0007 lone \uD800 surrogate, emoji \U0001F30D kept")],
        };

        var read = DocxReader.Read(Docx(model));
        var html = System.Text.Encoding.UTF8.GetString(Html(model));

        Assert.Contains("Bell lone  surrogate, emoji \U0001F30D kept", read.WithStyle("Contribution"));
        Assert.Contains("<p class=\"contribution\">Bell lone  surrogate, emoji \U0001F30D kept</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteDocx_ThrowsAndWritesNothing_WhenInputIsInvalid()
    {
        var model = SubmissionModels.Small() with
        {
            Contributions =
            [
                SubmissionContribution.FromText("q9", SubmissionModels.Alpha, "?"),
                new("q2", SubmissionModels.Beta, null, ["maybe"], []),
                SubmissionContribution.FromText("q1", Guid.Empty, "?"),
            ],
        };
        using var output = new MemoryStream();

        var error = Assert.Throws<ArgumentException>(() => SubmissionDocumentWriter.WriteDocx(model, output));

        Assert.Equal(0, output.Length);
        Assert.Contains("contribution #1 (question 'q9', organisation c0000000-0000-0000-0000-000000000001): the question is not in the compiled sections of questionnaire 'test-round'", error.Message, StringComparison.Ordinal);
        Assert.Contains("contribution #2 (question 'q2', organisation a0000000-0000-0000-0000-000000000002): a yes-no-partially answer is one of yes, no, partially, not 'maybe'", error.Message, StringComparison.Ordinal);
        Assert.Contains("contribution #3 (question 'q1', organisation 00000000-0000-0000-0000-000000000000): the organisation is not among the participants", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteDocx_OnlyCompilesChosenSections_WhenSectionIdsGiven()
    {
        var model = SubmissionModels.Small() with
        {
            SectionIds = ["protection"],
            Contributions = [new("q3", SubmissionModels.Alpha, null, ["medical"], [])],
        };

        var read = DocxReader.Read(Docx(model));

        Assert.Equal(["Cluster II · Trafficking in Persons Protocol: Protection of victims", "Participation", "Annex: attachments"], read.WithStyle("Heading1"));
    }

    private static byte[] Docx(SubmissionModel model)
    {
        using var output = new MemoryStream();
        SubmissionDocumentWriter.WriteDocx(model, output);
        return output.ToArray();
    }

    private static byte[] Html(SubmissionModel model)
    {
        using var output = new MemoryStream();
        SubmissionDocumentWriter.WriteHtml(model, output);
        return output.ToArray();
    }
}
