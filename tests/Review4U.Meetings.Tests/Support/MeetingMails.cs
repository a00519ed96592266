using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using Review4U.TestKit.Smtp;
using IcalCalendar = Ical.Net.Calendar;

namespace Review4U.Meetings.Tests.Support;

/// <summary>Reading what arrived at the SMTP server: calendar attachments parsed back with Ical.Net, personal links, replies.</summary>
public static partial class MeetingMails
{
    public static MimePart? Calendar(ReceivedEmail email) =>
        email.Message.Attachments.OfType<MimePart>().SingleOrDefault(p => p.ContentType.MimeType == "text/calendar");

    public static IReadOnlyList<ReceivedEmail> WithCalendar(IEnumerable<ReceivedEmail> emails) => [.. emails.Where(e => Calendar(e) is not null)];

    public static IReadOnlyList<ReceivedEmail> WithoutCalendar(IEnumerable<ReceivedEmail> emails) => [.. emails.Where(e => Calendar(e) is null)];

    /// <summary>The attached iCalendar, parsed; asserts the part's <c>method</c> parameter equals the calendar's METHOD.</summary>
    public static IcalCalendar ParseCalendar(ReceivedEmail email)
    {
        var part = Calendar(email) ?? throw new Xunit.Sdk.XunitException("No text/calendar part in: " + email.Message.Subject);
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        var calendar = IcalCalendar.Load(Encoding.UTF8.GetString(stream.ToArray()))!;
        Assert.Equal(calendar.Method, part.ContentType.Parameters["method"]);
        return calendar;
    }

    public static string To(ReceivedEmail email) => email.EnvelopeTo[0];

    public static string ProposeToken(ReceivedEmail email) => Match(ProposePattern(), email);

    public static string ReviewToken(ReceivedEmail email) => Match(ReviewPattern(), email);

    /// <summary>A member's reply to <paramref name="original"/>: to its Reply-To (which carries the reply token), threaded.</summary>
    public static MimeMessage Reply(ReceivedEmail original, string text)
    {
        var reply = new MimeMessage { Subject = "Re: " + original.Message.Subject, MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("member.example") };
        reply.From.Add(MailboxAddress.Parse(To(original)));
        reply.To.AddRange(original.Message.ReplyTo.Count > 0 ? original.Message.ReplyTo : original.Message.From);
        reply.InReplyTo = original.Message.MessageId;
        reply.References.Add(original.Message.MessageId!);
        reply.Body = new TextPart("plain") { Text = text + "\n\nOn a day, Review4U wrote:\n> " + (original.Message.TextBody ?? "").Replace("\n", "\n> ", StringComparison.Ordinal) };
        return reply;
    }

    private static string Match(Regex pattern, ReceivedEmail email)
    {
        var match = pattern.Match(email.Message.TextBody ?? "");
        Assert.True(match.Success, "No link in: " + email.Message.TextBody);
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"meetings/[0-9a-f]{32}/agenda/([A-Za-z0-9_-]{43})")]
    private static partial Regex ProposePattern();

    [GeneratedRegex(@"meetings/[0-9a-f]{32}/review/([A-Za-z0-9_-]{43})")]
    private static partial Regex ReviewPattern();
}
