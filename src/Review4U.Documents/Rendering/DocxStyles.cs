using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Review4U.Documents.Rendering;

/// <summary>The style sheet of our DOCX files: Word's built-in heading ids so outlines and navigation work.</summary>
internal static class DocxStyles
{
    public static W.Styles Create(string language)
    {
        var defaults = new W.DocDefaults(
            new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                new W.RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Arial" },
                new W.FontSize { Val = "22" },
                new W.FontSizeComplexScript { Val = "22" },
                new W.Languages { Val = language, Bidi = "ar-SA" })),
            new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(
                new W.SpacingBetweenLines { After = "120", Line = "264", LineRule = W.LineSpacingRuleValues.Auto })));

        return new W.Styles(
            defaults,
            Paragraph("Normal", "Normal", basedOn: null, isDefault: true),
            Paragraph("Title", "Title", "Normal", size: 48, bold: true, spacingAfter: 240),
            Paragraph("Subtitle", "Subtitle", "Normal", size: 28, color: "404040"),
            Paragraph("Heading1", "heading 1", "Normal", size: 32, bold: true, outline: 0, spacingBefore: 360, color: "1F3864"),
            Paragraph("Heading2", "heading 2", "Normal", size: 26, bold: true, outline: 1, spacingBefore: 240, color: "2F5496"),
            Paragraph("Heading3", "heading 3", "Normal", size: 24, bold: true, outline: 2, spacingBefore: 200),
            Paragraph("Note", "Note", "Normal", italic: true, color: "595959"),
            Paragraph("Attribution", "Attribution", "Normal", bold: true, spacingBefore: 160, keepNext: true),
            Paragraph("Contribution", "Contribution", "Normal", indent: 360),
            Paragraph("Caption", "caption", "Normal", bold: true, size: 20, keepNext: true),
            Paragraph("TableText", "Table text", "Normal", size: 20, spacingAfter: 0));
    }

    private static W.Style Paragraph(
        string id,
        string name,
        string? basedOn,
        bool isDefault = false,
        int? size = null,
        bool bold = false,
        bool italic = false,
        int? outline = null,
        int? spacingBefore = null,
        int? spacingAfter = null,
        int? indent = null,
        string? color = null,
        bool keepNext = false)
    {
        var style = new W.Style { Type = W.StyleValues.Paragraph, StyleId = id, Default = isDefault ? OnOffValue.FromBoolean(true) : null };
        style.Append(new W.StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new W.BasedOn { Val = basedOn });
        }

        style.Append(new W.PrimaryStyle());
        var paragraph = new W.StyleParagraphProperties();
        if (keepNext || outline is not null)
        {
            paragraph.Append(new W.KeepNext());
        }

        if (spacingBefore is not null || spacingAfter is not null)
        {
            // Only the given sides: an empty attribute is invalid, an absent one inherits the default.
            var spacing = new W.SpacingBetweenLines();
            if (spacingBefore is not null)
            {
                spacing.Before = Twips(spacingBefore);
            }

            if (spacingAfter is not null)
            {
                spacing.After = Twips(spacingAfter);
            }

            paragraph.Append(spacing);
        }

        if (indent is not null)
        {
            paragraph.Append(new W.Indentation { Start = Twips(indent), End = Twips(indent) });
        }

        if (outline is not null)
        {
            paragraph.Append(new W.OutlineLevel { Val = outline });
        }

        style.Append(paragraph);
        var run = new W.StyleRunProperties();
        if (bold)
        {
            run.Append(new W.Bold(), new W.BoldComplexScript());
        }

        if (italic)
        {
            run.Append(new W.Italic(), new W.ItalicComplexScript());
        }

        if (color is not null)
        {
            run.Append(new W.Color { Val = color });
        }

        if (size is not null)
        {
            run.Append(new W.FontSize { Val = Twips(size) }, new W.FontSizeComplexScript { Val = Twips(size) });
        }

        style.Append(run);
        return style;
    }

    private static string? Twips(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
