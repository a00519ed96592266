using System.Net;
using System.Text.RegularExpressions;
using MimeKit;

namespace Review4U.Email.Inbound;

/// <summary>The text a reply carries: its plain-text part, or its HTML part turned into text when it has no plain part.</summary>
public static partial class InboundText
{
    public static string Extract(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.TextBody is { } text)
        {
            return text;
        }

        return message.HtmlBody is { } html ? HtmlToText(html) : "";
    }

    /// <summary>Drops the quoted original (Gmail's gmail_quote, Outlook's divRplyFwdMsg, blockquote) and the markup.</summary>
    public static string HtmlToText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var quote = QuoteStart().Match(html);
        if (quote.Success)
        {
            html = html[..quote.Index];
        }

        html = Invisible().Replace(html, "");
        html = LineBreak().Replace(html, "\n");
        html = Tag().Replace(html, "");
        return WebUtility.HtmlDecode(html).Replace("\u00a0", " ", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<(div|blockquote)[^>]*(class=""?gmail_quote|id=""?divRplyFwdMsg|id=""?appendonsend|type=""?cite)|<blockquote", RegexOptions.IgnoreCase)]
    private static partial Regex QuoteStart();

    [GeneratedRegex(@"<(style|script|head)[^>]*>.*?</\1>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"<br\s*/?>|</p>|</div>|</li>|</tr>|</h\d>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();
}
