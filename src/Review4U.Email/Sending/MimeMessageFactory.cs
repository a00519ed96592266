using System.Collections.Concurrent;
using System.Text.Json;
using MimeKit;
using Review4U.Email.Outbox;

namespace Review4U.Email.Sending;

/// <summary>Builds the MIME message of a claimed row: multipart/alternative text + HTML, attachments, stored headers.</summary>
public static class MimeMessageFactory
{
    // jsonb's text form of an empty array, which is what nearly every row stores: no need to run the deserializer.
    private const string NoAttachments = "[]";
    private const int MaxCachedHeaderSets = 64;
    private static readonly ConcurrentDictionary<string, KeyValuePair<string, string>[]> HeaderCache = new(StringComparer.Ordinal);

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

        foreach (var (name, value) in HeadersOf(email.HeadersJson))
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

    /// <summary>
    /// The stored extra headers, parsed once per distinct JSON text: most emails of a batch carry the same few
    /// (Auto-Submitted), while per-recipient ones (List-Unsubscribe with its token) are parsed each time once the
    /// cache is full, so it stays small.
    /// </summary>
    private static KeyValuePair<string, string>[] HeadersOf(string json)
    {
        if (HeaderCache.TryGetValue(json, out var cached))
        {
            return cached;
        }

        var parsed = (JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []).ToArray();
        if (HeaderCache.Count < MaxCachedHeaderSets)
        {
            HeaderCache.TryAdd(json, parsed);
        }

        return parsed;
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
