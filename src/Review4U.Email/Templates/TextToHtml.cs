using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Review4U.Email.Templates;

/// <summary>
/// The HTML part of a template that has no html file: the text encoded, blank-line separated paragraphs,
/// <c>- </c> lines as a list, and web addresses as links. Keeps both parts saying exactly the same thing.
/// </summary>
public static partial class TextToHtml
{
    public static string Convert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder();
        var paragraphs = ParagraphBreak().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim());
        foreach (var paragraph in paragraphs)
        {
            var lines = paragraph.Split('\n');
            if (lines.All(l => l.StartsWith("- ", StringComparison.Ordinal)))
            {
                html.Append("<ul>");
                foreach (var line in lines)
                {
                    html.Append("<li>").Append(Inline(line[2..])).Append("</li>");
                }

                html.Append("</ul>\n");
            }
            else
            {
                html.Append("<p>").Append(string.Join("<br>\n", lines.Select(Inline))).Append("</p>\n");
            }
        }

        return html.ToString();
    }

    private static string Inline(string line) =>
        Link().Replace(WebUtility.HtmlEncode(line), m =>
        {
            var url = m.Value.TrimEnd('.', ',', ')', ';', ':', '!', '?');
            var rest = m.Value[url.Length..];
            return $"<a href=\"{url}\" style=\"color:#0b5cad\">{url}</a>{rest}";
        });

    [GeneratedRegex(@"\n[ \t]*\n+")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Link();
}
