using System.Text.Json;
using MimeKit;
using MimeKit.Utils;
using Review4U.Email.Outbox;

namespace Review4U.Email.Sending;

/// <summary>Builds the MIME message of a claimed row: multipart/alternative text + HTML, attachments, stored headers.</summary>
public static class MimeMessageFactory
{
    // jsonb's text form of an empty array, which is what nearly every row stores: no need to run the deserializer.
    private const string NoAttachments = "[]";

    public static MimeMessage Create(ClaimedEmail email, string fromName, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(email);
        // The headers the parameterless constructor would make, in its order (From, Date, Subject, Message-Id), with this
        // row's values: that constructor formats the local time and generates a Message-ID, both then replaced, which
        // cost ~5 µs and ~3.7 KB per message for nothing. The bytes written are the same (MimeMessageFactoryTests).
        var message = new MimeMessage(
            new Header(HeaderId.From, string.Empty),
            new Header(HeaderId.Date, DateUtils.FormatDate(date)),
            new Header(HeaderId.Subject, email.Subject),
            new Header(HeaderId.MessageId, "<" + email.MessageId + ">"));
        if (message.MessageId != email.MessageId)
        {
            // Not read back as stored (the constructor then made one up): the setter keeps it, or rejects it, as before.
            message.MessageId = email.MessageId;
        }

        message.From.Add(Parse(email.From, fromName));
        message.To.Add(Parse(email.To, email.ToName));
        if (email.ReplyTo is not null)
        {
            message.ReplyTo.Add(Parse(email.ReplyTo, null));
        }

        foreach (var (name, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(email.HeadersJson) ?? [])
        {
            message.Headers.Add(name, value);
        }

        var body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody };
        if (email.AttachmentsJson != NoAttachments)
        {
            foreach (var attachment in JsonSerializer.Deserialize<List<StoredAttachment>>(email.AttachmentsJson) ?? [])
            {
                body.Attachments.Add(attachment.FileName, Convert.FromBase64String(attachment.ContentBase64), ContentType.Parse(attachment.ContentType));
            }
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    private static MailboxAddress Parse(string address, string? name)
    {
        if (!MailboxAddress.TryParse(address, out var mailbox) || string.IsNullOrEmpty(mailbox.Domain))
        {
            throw new InvalidAddressException($"'{address}' is not an email address");
        }

        if (!string.IsNullOrEmpty(name))
        {
            mailbox.Name = name;
        }

        return mailbox;
    }
}
