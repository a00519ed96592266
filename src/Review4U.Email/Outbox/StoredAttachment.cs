namespace Review4U.Email.Outbox;

/// <summary>JSON shape of an attachment in <c>email.outbox.attachments</c> and <c>email.inbound.attachments</c>.</summary>
public sealed record StoredAttachment(string FileName, string ContentType, string ContentBase64)
{
    public static StoredAttachment From(EmailAttachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return new(attachment.FileName, attachment.ContentType, Convert.ToBase64String(attachment.Content));
    }

    public EmailAttachment ToAttachment() => new(FileName, ContentType, Convert.FromBase64String(ContentBase64));
}
