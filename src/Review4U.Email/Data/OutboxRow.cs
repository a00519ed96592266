namespace Review4U.Email.Data;

/// <summary>One email in <c>email.outbox</c>: written by a workflow step, delivered by the dispatcher.</summary>
public sealed class OutboxRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public required string IdempotencyKey { get; set; }
    public required string Category { get; set; }
    public Guid? ScopeId { get; set; }
    public Guid? TaskId { get; set; }
    public Guid? ContactId { get; set; }
    public required string Language { get; set; }
    public required string MessageId { get; set; }
    public string? ReplyToken { get; set; }
    public required string FromAddress { get; set; }
    public required string ToAddress { get; set; }
    public string? ToName { get; set; }
    public string? ReplyTo { get; set; }
    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    public string? HtmlBody { get; set; }
    /// <summary>JSON object of extra header name → value.</summary>
    public required string Headers { get; set; }
    /// <summary>JSON array of attachments (file name, content type, base64 content).</summary>
    public required string Attachments { get; set; }
    public required string Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public Guid? ClaimId { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}
