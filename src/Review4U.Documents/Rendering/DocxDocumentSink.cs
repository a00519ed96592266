using System.IO.Compression;
using DocumentFormat.OpenXml;
using Review4U.Documents.Codes;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Review4U.Documents.Rendering;

/// <summary>
/// Streams a DOCX to the output: the zip is written entry by entry (fixed order, fixed timestamp,
/// fixed relationship ids) and <c>word/document.xml</c> element by element through <see cref="OpenXmlWriter"/>,
/// so the whole document is never held in memory and identical input gives identical bytes.
/// </summary>
internal sealed class DocxDocumentSink(Stream output, string language, DateTimeOffset timestamp) : IDocumentSink
{
    private static readonly DateTimeOffset EarliestZipTime = new(1980, 1, 2, 0, 0, 0, TimeSpan.Zero);

    private readonly bool _rightToLeft = Languages.IsRightToLeft(language);
    private ZipArchive? _archive;
    private Stream? _documentStream;
    private OpenXmlWriter? _writer;

    private OpenXmlWriter Writer => _writer ?? throw new InvalidOperationException("Begin must be called first.");

    public void Begin(string title)
    {
        _archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        WriteEntry("[Content_Types].xml", DocxPackageParts.WriteContentTypes);
        WriteEntry("_rels/.rels", DocxPackageParts.WritePackageRelationships);
        WriteEntry("docProps/core.xml", stream => DocxPackageParts.WriteCoreProperties(stream, title, language, timestamp));
        WriteEntry("word/_rels/document.xml.rels", DocxPackageParts.WriteDocumentRelationships);
        WriteEntry("word/styles.xml", stream =>
        {
            using var styles = OpenXmlWriter.Create(stream);
            styles.WriteStartDocument();
            styles.WriteElement(DocxStyles.Create(language));
        });

        _documentStream = NewEntry("word/document.xml").Open();
        _writer = OpenXmlWriter.Create(_documentStream);
        _writer.WriteStartDocument();
        _writer.WriteStartElement(new W.Document());
        _writer.WriteStartElement(new W.Body());
    }

    public void Heading(int level, string text, string? anchor = null) =>
        Writer.WriteElement(NewParagraph(level == 0 ? "Title" : "Heading" + Math.Clamp(level, 1, 3).ToString(System.Globalization.CultureInfo.InvariantCulture), text));

    public void Paragraph(string text, ParagraphKind kind = ParagraphKind.Normal)
    {
        var style = kind switch
        {
            ParagraphKind.Subtitle => "Subtitle",
            ParagraphKind.Note => "Note",
            ParagraphKind.Attribution => "Attribution",
            ParagraphKind.Quote => "Contribution",
            _ => "Normal",
        };
        Writer.WriteElement(NewParagraph(style, text));
    }

    public void Table(string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        Writer.WriteElement(NewParagraph("Caption", caption));
        Writer.WriteStartElement(new W.Table());
        var properties = new W.TableProperties();
        if (_rightToLeft)
        {
            properties.Append(new W.BiDiVisual());
        }

        properties.Append(
            new W.TableWidth { Width = "5000", Type = W.TableWidthUnitValues.Pct },
            new W.TableBorders(
                new W.TopBorder { Val = W.BorderValues.Single, Size = 4 },
                new W.StartBorder { Val = W.BorderValues.Single, Size = 4 },
                new W.BottomBorder { Val = W.BorderValues.Single, Size = 4 },
                new W.EndBorder { Val = W.BorderValues.Single, Size = 4 },
                new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4 },
                new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4 }),
            new W.TableCaption { Val = XmlText.Clean(caption) });
        Writer.WriteElement(properties);
        Writer.WriteElement(new W.TableGrid(headers.Select(_ => new W.GridColumn())));
        Writer.WriteElement(Row(headers, header: true));
        foreach (var row in rows)
        {
            Writer.WriteElement(Row(row, header: false));
        }

        Writer.WriteEndElement();
    }

    public void Contents(string title, IReadOnlyList<(string Anchor, string Text)> entries)
    {
        // Word builds its navigation pane from the heading styles; a static list would only duplicate it.
    }

    public void PageBreak() =>
        Writer.WriteElement(new W.Paragraph(new W.Run(new W.Break { Type = W.BreakValues.Page })));

    public void End()
    {
        var section = new W.SectionProperties(
            new W.PageSize { Width = 11906, Height = 16838 },
            new W.PageMargin { Top = 1440, Bottom = 1440, Left = 1440U, Right = 1440U, Header = 708U, Footer = 708U, Gutter = 0U });
        if (_rightToLeft)
        {
            section.Append(new W.BiDi());
        }

        Writer.WriteElement(section);
        Writer.WriteEndElement();
        Writer.WriteEndElement();
        Dispose();
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _writer = null;
        _documentStream?.Dispose();
        _documentStream = null;
        _archive?.Dispose();
        _archive = null;
    }

    private W.TableRow Row(IReadOnlyList<string> cells, bool header)
    {
        var row = new W.TableRow();
        if (header)
        {
            row.Append(new W.TableRowProperties(new W.TableHeader()));
        }

        foreach (var cell in cells)
        {
            row.Append(new W.TableCell(NewParagraph("TableText", cell, bold: header)));
        }

        return row;
    }

    private W.Paragraph NewParagraph(string styleId, string text, bool bold = false)
    {
        var properties = new W.ParagraphProperties(new W.ParagraphStyleId { Val = styleId });
        if (_rightToLeft)
        {
            properties.Append(new W.BiDi());
        }

        var run = new W.Run();
        if (bold || _rightToLeft)
        {
            var runProperties = new W.RunProperties();
            if (bold)
            {
                runProperties.Append(new W.Bold(), new W.BoldComplexScript());
            }

            if (_rightToLeft)
            {
                runProperties.Append(new W.RightToLeftText());
            }

            run.Append(runProperties);
        }

        run.Append(new W.Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return new W.Paragraph(properties, run);
    }

    private ZipArchiveEntry NewEntry(string name)
    {
        var entry = _archive!.CreateEntry(name, CompressionLevel.Optimal);
        // UTC, so the same instant gives the same DOS time whatever offset the caller used.
        var utc = timestamp.ToUniversalTime();
        entry.LastWriteTime = utc < EarliestZipTime ? EarliestZipTime : utc;
        return entry;
    }

    private void WriteEntry(string name, Action<Stream> write)
    {
        using var stream = NewEntry(name).Open();
        write(stream);
    }
}
