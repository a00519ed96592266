using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using Review4U.Email.Sending;

namespace Review4U.Email.Tests.Sending;

/// <summary>
/// The factory builds each message without the parameterless constructor's throw-away Date and Message-ID; what it
/// writes must stay byte for byte what the straightforward build (that constructor, then the row's values) writes.
/// </summary>
public sealed partial class MimeMessageFactoryTests
{
    private static readonly DateTimeOffset SentAt = new(2026, 11, 25, 7, 30, 12, TimeSpan.Zero);

    public static TheoryData<int> Rows => [.. Enumerable.Range(0, SampleRows().Count)];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Create_WritesTheSameBytesAsTheDefaultConstructorBuild(int row)
    {
        var email = SampleRows()[row];

        var written = Written(MimeMessageFactory.Create(email, "Review4U — NACSA-KE", SentAt));

        Assert.Equal(Written(StraightforwardBuild(email, "Review4U — NACSA-KE", SentAt)), written);
    }

    [Fact]
    public void Create_KeepsTheStoredMessageIdAndTheGivenDate()
    {
        var email = SampleRows()[0];

        var message = MimeMessageFactory.Create(email, "Review4U", SentAt);

        Assert.Equal(email.MessageId, message.MessageId);
        Assert.Equal(SentAt, message.Date);
        Assert.Single(message.Headers, h => h.Id == HeaderId.MessageId);
        Assert.Single(message.Headers, h => h.Id == HeaderId.Date);
    }

    [Fact]
    public void Create_AllocatesLessThanTheDefaultConstructorBuild_WhichFormatsADateAndAMessageIdOnlyToReplaceThem()
    {
        var rows = SampleRows();
        for (var warm = 0; warm < 3; warm++)
        {
            foreach (var email in rows)
            {
                MimeMessageFactory.Create(email, "Review4U", SentAt);
                StraightforwardBuild(email, "Review4U", SentAt);
            }
        }

        var ours = AllocatedPerMessage(rows, e => MimeMessageFactory.Create(e, "Review4U", SentAt));
        var straightforward = AllocatedPerMessage(rows, e => StraightforwardBuild(e, "Review4U", SentAt));

        // Measured: ~3.7 KB less per message (MimeKit 4.18); the bound leaves room for other versions.
        Assert.True(straightforward - ours > 1024, $"ours {ours} B, straightforward {straightforward} B per message");
    }

    private static long AllocatedPerMessage(List<ClaimedEmail> rows, Func<ClaimedEmail, MimeMessage> build)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var email in rows)
        {
            build(email);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / rows.Count;
    }

    /// <summary>What the factory did before: the parameterless constructor, then the row's values set over its defaults.</summary>
    private static MimeMessage StraightforwardBuild(ClaimedEmail email, string fromName, DateTimeOffset date)
    {
        var message = new MimeMessage { Subject = email.Subject, MessageId = email.MessageId, Date = date };
        message.From.Add(Mailbox(email.From, fromName));
        message.To.Add(Mailbox(email.To, email.ToName));
        if (email.ReplyTo is not null)
        {
            message.ReplyTo.Add(Mailbox(email.ReplyTo, null));
        }

        foreach (var (name, value) in System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(email.HeadersJson)!)
        {
            message.Headers.Add(name, value);
        }

        var body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody };
        if (email.AttachmentsJson != "[]")
        {
            body.Attachments.Add("agenda.ics", Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"), ContentType.Parse("text/calendar; method=REQUEST"));
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    private static MailboxAddress Mailbox(string address, string? name)
    {
        var mailbox = MailboxAddress.Parse(address);
        if (!string.IsNullOrEmpty(name))
        {
            mailbox.Name = name;
        }

        return mailbox;
    }

    /// <summary>The bytes on the wire, with the random multipart boundaries replaced by one mark.</summary>
    private static string Written(MimeMessage message)
    {
        using var stream = new MemoryStream();
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        message.WriteTo(format, stream);
        var text = Encoding.UTF8.GetString(stream.ToArray());
        foreach (var boundary in Boundary().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToList())
        {
            text = text.Replace(boundary, "BOUNDARY", StringComparison.Ordinal);
        }

        return text;
    }

    [GeneratedRegex("boundary=\"([^\"]+)\"")]
    private static partial Regex Boundary();

    private static List<ClaimedEmail> SampleRows()
    {
        const string Plain = """{"Auto-Submitted": "auto-generated"}""";
        const string Reminder = """{"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://review4u.test/email/unsubscribe?token=abc>, <mailto:reply@review4u.test?subject=unsubscribe%20abc>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}""";
        const string Calendar = """[{"FileName": "agenda.ics", "ContentType": "text/calendar; method=REQUEST", "ContentBase64": "QkVHSU46VkNBTEVOREFSDQpFTkQ6VkNBTEVOREFSDQo="}]""";
        (string Subject, string Name, string Html)[] samples =
        [
            ("Contribution round: your answers are invited", "Member One", "<p>Dear member,</p>"),
            ("Cycle de contribution : vos réponses sont attendues avant l'échéance", "Membre n°2", "<p>Chère membre,</p>"),
            ("Ronda de contribuciones: esperamos sus respuestas", "Señora Núñez", "<p>Estimada socia,</p>"),
            ("جولة المساهمة: نرجو إرسال إجاباتكم قبل الموعد النهائي", "منظمة المجتمع المدني", "<p dir=\"rtl\">عزيزي العضو</p>"),
            ("A subject long enough to be folded over several lines because it runs well beyond seventy-eight characters", "\"Quoted\" Name, Inc.", "<p>x</p>"),
        ];
        var rows = new List<ClaimedEmail>();
        foreach (var (subject, name, html) in samples)
        {
            foreach (var (headers, replyTo, attachments) in new[] { (Plain, (string?)null, "[]"), (Reminder, "reply+tok3n@review4u.test", "[]"), (Plain, "reply+t@review4u.test", Calendar) })
            {
                var n = rows.Count;
                rows.Add(new ClaimedEmail(Guid.NewGuid(), Guid.NewGuid(), "task-invitation", Guid.NewGuid(), "en", $"{Guid.NewGuid():N}@review4u.test",
                    "review4u@review4u.test", $"member{n}@example.org", name, replyTo, subject, $"Dear {name},\n\nPlease answer.\n", html, headers, attachments, 1));
            }
        }

        return rows;
    }
}
