using System.Text.Json;
using MimeKit;
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
        var message = new MimeMessage
        {
            Subject = email.Subject,
            MessageId = email.MessageId,
            Date = date,
        };
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
