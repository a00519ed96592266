namespace Review4U.Email.Data;

/// <summary>A received reply (<c>email.inbound</c>), unique by its Message-ID.</summary>
public sealed class InboundRow
{
    public Guid Id { get; set; }
    public required string MessageId { get; set; }
    public Guid? BodyId { get; set; }
    public Guid? TaskId { get; set; }
    public Guid? ContactId { get; set; }
    public Guid? OutboxId { get; set; }
    /// <summary>plus-address, in-reply-to, references; null when unknown.</summary>
    public string? MatchedBy { get; set; }
    public required string FromAddress { get; set; }
    public required string Subject { get; set; }
    public required string Text { get; set; }
    public required string OriginalText { get; set; }
    /// <summary>JSON array of attachments (file name, content type, base64 content).</summary>
    public required string Attachments { get; set; }
    /// <summary>handled or forwarded.</summary>
    public required string Status { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}
