using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MimeKit;
using IcalCalendar = Ical.Net.Calendar;

namespace Review4U.Alliance.Tests.Support;

/// <summary>Reading what arrived at the SMTP server: calendars and documents parsed back, personal links.</summary>
public static partial class Mails
{
    /// <summary>The attached iCalendar of an invitation, parsed; the MIME part's <c>method</c> must equal the calendar's METHOD.</summary>
    public static IcalCalendar Calendar(Delivered email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var part = email.Email.Message.Attachments.OfType<MimePart>().SingleOrDefault(p => p.ContentType.MimeType == "text/calendar")
            ?? throw new Xunit.Sdk.XunitException("No text/calendar part in: " + email.Subject);
        var calendar = IcalCalendar.Load(Encoding.UTF8.GetString(Decode(part)))!;
        Assert.Equal(calendar.Method, part.ContentType.Parameters["method"]);
        return calendar;
    }

    /// <summary>An attachment by its file name's ending (".ics", ".docx").</summary>
    public static byte[] Attachment(Delivered email, string ending)
    {
        ArgumentNullException.ThrowIfNull(email);
        return Decode(email.Email.Message.Attachments.OfType<MimePart>().Single(p => p.FileName?.EndsWith(ending, StringComparison.Ordinal) == true));
    }

    /// <summary>The paragraphs of an attached DOCX, read with OpenXml.</summary>
    public static IReadOnlyList<string> DocxParagraphs(Delivered email)
    {
        using var stream = new MemoryStream(Attachment(email, ".docx"));
        using var document = WordprocessingDocument.Open(stream, false);
        return [.. document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText)];
    }

    /// <summary>The personal link's token in an email (<paramref name="path"/>: "vpi/status", "plan/review", "secretariat/interest"…).</summary>
    public static string Token(Delivered email, string path)
    {
        ArgumentNullException.ThrowIfNull(email);
        var match = Regex.Match(email.Text, Regex.Escape(path) + "/([A-Za-z0-9_-]{43})");
        Assert.True(match.Success, $"No {path} link in: " + email.Text);
        return match.Groups[1].Value;
    }

    /// <summary>The agenda proposal (<c>agenda</c>) or review (<c>review</c>) token of a meeting email.</summary>
    public static string MeetingToken(Delivered email, string page)
    {
        ArgumentNullException.ThrowIfNull(email);
        var match = MeetingLinkPattern().Match(email.Text);
        Assert.True(match.Success && match.Groups[1].Value == page, $"No meeting {page} link in: " + email.Text);
        return match.Groups[2].Value;
    }

    private static byte[] Decode(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return stream.ToArray();
    }

    [GeneratedRegex(@"meetings/[0-9a-f]{32}/(agenda|review)/([A-Za-z0-9_-]{43})")]
    private static partial Regex MeetingLinkPattern();
}
