using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Review4U.Documents.Tests.Support;

/// <summary>Reads a DOCX back with the OpenXml SDK into what tests assert on.</summary>
public sealed class DocxReader
{
    private DocxReader(List<(string Style, string Text, bool RightToLeft)> paragraphs, List<List<List<string>>> tables)
    {
        Paragraphs = paragraphs;
        Tables = tables;
    }

    public IReadOnlyList<(string Style, string Text, bool RightToLeft)> Paragraphs { get; }

    /// <summary>Tables, as rows of cell texts (the header row first).</summary>
    public IReadOnlyList<List<List<string>>> Tables { get; }

    public IEnumerable<string> WithStyle(string style) =>
        Paragraphs.Where(p => p.Style == style).Select(p => p.Text);

    public static DocxReader Read(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>()
            .Select(p => (
                p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal",
                p.InnerText,
                p.ParagraphProperties?.BiDi is not null))
            .ToList();
        var tables = body.Elements<Table>()
            .Select(t => t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList())
            .ToList();
        return new DocxReader(paragraphs, tables);
    }
}
