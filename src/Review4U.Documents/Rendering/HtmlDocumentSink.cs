using System.Globalization;
using System.Text;
using Review4U.Documents.Codes;

namespace Review4U.Documents.Rendering;

/// <summary>
/// Streams a self-contained, accessible HTML page (inline CSS, no scripts, semantic headings, tables
/// with captions and header scopes, <c>lang</c> and <c>dir</c> set for right-to-left languages).
/// </summary>
internal sealed class HtmlDocumentSink(Stream output, string language, DateTimeOffset timestamp) : IDocumentSink
{
    private const string Css =
        "body{font-family:Calibri,Arial,sans-serif;line-height:1.45;margin:0;color:#1a1a1a}"
        + "main{max-width:60rem;margin:0 auto;padding:2rem}"
        + "h1.title{font-size:2rem}h2{color:#1f3864;border-bottom:1px solid #c8c8c8}h3{color:#2f5496}"
        + ".subtitle{font-size:1.25rem;color:#404040}.note{font-style:italic;color:#595959}"
        + ".attribution{font-weight:bold;margin-bottom:.2rem}"
        + ".contribution{margin-block:0 .5rem;margin-inline:1.5rem}"
        + "table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}"
        + "caption{font-weight:bold;text-align:start;padding:.3rem 0}"
        + "th,td{border:1px solid #8c8c8c;padding:.25rem .5rem;text-align:start;vertical-align:top}"
        + "thead th{background:#e8ecf4}hr.page{border:0;margin:2rem 0}"
        + "@media print{hr.page{page-break-after:always}}";

    private StreamWriter? _writer;

    private StreamWriter Writer => _writer ?? throw new InvalidOperationException("Begin must be called first.");

    public void Begin(string title)
    {
        _writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        var direction = Languages.IsRightToLeft(language) ? "rtl" : "ltr";
        Writer.WriteLine("<!DOCTYPE html>");
        Writer.WriteLine($"<html lang=\"{Encode(language)}\" dir=\"{direction}\">");
        Writer.WriteLine("<head>");
        Writer.WriteLine("<meta charset=\"utf-8\">");
        Writer.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Writer.WriteLine("<meta name=\"generator\" content=\"Review4U\">");
        Writer.WriteLine($"<meta name=\"dcterms.created\" content=\"{timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}\">");
        Writer.WriteLine($"<title>{Encode(title)}</title>");
        Writer.WriteLine($"<style>{Css}</style>");
        Writer.WriteLine("</head>");
        Writer.WriteLine("<body>");
        Writer.WriteLine("<main>");
    }

    public void Heading(int level, string text, string? anchor = null)
    {
        // The document title is the page's only h1; headings shift down one level below it.
        var tag = "h" + (Math.Clamp(level, 0, 4) + 1).ToString(CultureInfo.InvariantCulture);
        var css = level == 0 ? " class=\"title\"" : string.Empty;
        var id = anchor is null ? string.Empty : $" id=\"{Encode(anchor)}\"";
        Writer.WriteLine($"<{tag}{id}{css}>{Encode(text)}</{tag}>");
    }

    public void Contents(string title, IReadOnlyList<(string Anchor, string Text)> entries)
    {
        Writer.WriteLine("<nav aria-labelledby=\"contents\">");
        Writer.WriteLine($"<h2 id=\"contents\">{Encode(title)}</h2>");
        Writer.WriteLine("<ol>");
        foreach (var (anchor, text) in entries)
        {
            Writer.WriteLine($"<li><a href=\"#{Encode(anchor)}\">{Encode(text)}</a></li>");
        }

        Writer.WriteLine("</ol>");
        Writer.WriteLine("</nav>");
    }

    public void Paragraph(string text, ParagraphKind kind = ParagraphKind.Normal)
    {
        var css = kind switch
        {
            ParagraphKind.Subtitle => " class=\"subtitle\"",
            ParagraphKind.Note => " class=\"note\"",
            ParagraphKind.Attribution => " class=\"attribution\"",
            ParagraphKind.Quote => " class=\"contribution\"",
            _ => string.Empty,
        };
        Writer.WriteLine($"<p{css}>{Encode(text)}</p>");
    }

    public void Table(string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        Writer.WriteLine("<table>");
        Writer.WriteLine($"<caption>{Encode(caption)}</caption>");
        Writer.Write("<thead><tr>");
        foreach (var header in headers)
        {
            Writer.Write($"<th scope=\"col\">{Encode(header)}</th>");
        }

        Writer.WriteLine("</tr></thead>");
        Writer.WriteLine("<tbody>");
        foreach (var row in rows)
        {
            Writer.Write("<tr>");
            for (var index = 0; index < row.Count; index++)
            {
                Writer.Write(index == 0 ? $"<th scope=\"row\">{Encode(row[index])}</th>" : $"<td>{Encode(row[index])}</td>");
            }

            Writer.WriteLine("</tr>");
        }

        Writer.WriteLine("</tbody>");
        Writer.WriteLine("</table>");
    }

    public void PageBreak() => Writer.WriteLine("<hr class=\"page\">");

    public void End()
    {
        Writer.WriteLine("</main>");
        Writer.WriteLine("</body>");
        Writer.WriteLine("</html>");
        Dispose();
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _writer = null;
    }

    // Only markup characters are escaped: the page is UTF-8, and entities for letters would only hinder readers.
    private static string Encode(string text)
    {
        var clean = XmlText.Clean(text);
        if (clean.AsSpan().IndexOfAny("<>&\"'") < 0)
        {
            return clean;
        }

        var builder = new StringBuilder(clean.Length + 16);
        foreach (var character in clean)
        {
            builder.Append(character switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => character.ToString(),
            });
        }

        return builder.ToString();
    }
}
