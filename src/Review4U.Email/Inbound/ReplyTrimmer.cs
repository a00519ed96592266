using System.Text;
using System.Text.RegularExpressions;

namespace Review4U.Email.Inbound;

/// <summary>
/// Keeps what the member wrote: cuts the quoted original at its header line (Gmail, Apple Mail, Thunderbird
/// "On … wrote:", "Le … a écrit :", "El … escribió:", Arabic "في … كتب:"), at Outlook's "Original Message"
/// separator or "From: … Sent: …" block, at a "-- " signature or a "Sent from my iPhone" line, and drops
/// remaining "&gt;" quoted lines (so answers written between quotes survive).
/// </summary>
public static partial class ReplyTrimmer
{
    private const int HeaderLookahead = 2;

    public static string Trim(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var cut = lines.Length;
        for (var i = 0; i < lines.Length; i++)
        {
            if (StartsQuoteOrSignature(lines, i))
            {
                cut = i;
                break;
            }
        }

        var kept = lines.Take(cut).Where(l => !Plain(l).StartsWith('>')).Select(l => l.TrimEnd());
        return CollapseBlankLines(string.Join('\n', kept)).Trim('\n', ' ', '\t');
    }

    private static bool StartsQuoteOrSignature(string[] lines, int i)
    {
        var line = Plain(lines[i]);
        if (line.Length == 0)
        {
            return false;
        }

        if (Signature().IsMatch(lines[i].TrimEnd('\u200e', '\u200f')) || MobileSignOff().IsMatch(line) || OriginalMessage().IsMatch(line))
        {
            return true;
        }

        // Gmail wraps a long "On … wrote:" header over two or three lines. A real header always carries a date
        // (digits), and a first line ending a sentence is prose ("On Monday we met." / "The minister wrote:").
        var joined = line;
        for (var k = 0; k <= HeaderLookahead && i + k < lines.Length; k++)
        {
            if (k > 0)
            {
                // A wrapped header has no blank line inside, and a line that opens a header itself ("Le 2 mars …")
                // starts the header there: joining the member's own first line to it would cut their whole reply.
                var next = Plain(lines[i + k]);
                if (line.EndsWith('.') || next.Length == 0 || AttributionStart().IsMatch(next))
                {
                    break;
                }

                joined += " " + next;
            }

            if (AttributionLine().IsMatch(joined) && joined.Any(char.IsDigit))
            {
                return true;
            }
        }

        if (Underscores().IsMatch(line) && NextNonBlank(lines, i + 1) is { } n && StartsHeaderBlock(lines, n))
        {
            return true;
        }

        return StartsHeaderBlock(lines, i);
    }

    /// <summary>Outlook's quoted header: "From: …" followed within a few lines by "Sent: …" or "Date: …" (and translations).</summary>
    private static bool StartsHeaderBlock(string[] lines, int i)
    {
        if (!HeaderFrom().IsMatch(Plain(lines[i])))
        {
            return false;
        }

        for (var k = i + 1; k < Math.Min(lines.Length, i + 5); k++)
        {
            if (HeaderSent().IsMatch(Plain(lines[k])))
            {
                return true;
            }
        }

        return false;
    }

    private static int? NextNonBlank(string[] lines, int from)
    {
        for (var k = from; k < lines.Length; k++)
        {
            if (Plain(lines[k]).Length > 0)
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>The line without bidi marks, non-breaking spaces or surrounding blanks (Arabic and French clients add them).</summary>
    private static string Plain(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c is '\u200e' or '\u200f' or (>= '\u202a' and <= '\u202e') or '\u2066' or '\u2067' or '\u2068' or '\u2069')
            {
                continue;
            }

            builder.Append(c is '\u00a0' or '\u202f' ? ' ' : c);
        }

        return builder.ToString().Trim();
    }

    private static string CollapseBlankLines(string text) => BlankRun().Replace(text, "\n\n");

    [GeneratedRegex(@"^-- ?$")]
    private static partial Regex Signature();

    [GeneratedRegex(@"^(Sent from my |Sent from Mail for |Sent from Outlook|Get Outlook for |Envoyé de mon |Envoyé depuis |Obtenir Outlook pour |Enviado desde mi |Enviado desde |Obtener Outlook para |أُرسلت من |أرسلت من |تم الإرسال من )", RegexOptions.IgnoreCase)]
    private static partial Regex MobileSignOff();

    [GeneratedRegex(@"^-{2,}\s*(Original Message|Message d'origine|Message d’origine|Mensaje original|الرسالة الأصلية)\s*-{2,}$", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalMessage();

    [GeneratedRegex(@"^(On\s.+\swrote\s?:|Le\s.+\sa\s[ée]crit\s?:|El\s.+\sescribi[óo]\s?:|في\s.+\s(كتب|كتابة).*:)$", RegexOptions.IgnoreCase)]
    private static partial Regex AttributionLine();

    [GeneratedRegex(@"^(On|Le|El|في)\s.*\d", RegexOptions.IgnoreCase)]
    private static partial Regex AttributionStart();

    [GeneratedRegex(@"^_{10,}$")]
    private static partial Regex Underscores();

    [GeneratedRegex(@"^\*?(From|De|من)\s?:\*?\s", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderFrom();

    [GeneratedRegex(@"^\*?(Sent|Date|Envoyé|Enviado|Fecha|تاريخ الإرسال|أُرسلت|أرسلت|التاريخ)\s?:\*?\s", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderSent();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankRun();
}
