namespace Review4U.Email.Outbox;

/// <summary>A file sent with an email; the bytes are stored with the outbox row.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);
