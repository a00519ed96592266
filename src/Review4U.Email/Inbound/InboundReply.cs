using Review4U.Email.Outbox;

namespace Review4U.Email.Inbound;

/// <summary>A reply matched to the task email it answers; <see cref="Text"/> is trimmed of the quote and signature.</summary>
public sealed record InboundReply
{
    public required Guid InboundId { get; init; }
    public required string MessageId { get; init; }
    public required Guid BodyId { get; init; }
    public Guid? ScopeId { get; init; }
    public Guid? TaskId { get; init; }
    public Guid? ContactId { get; init; }
    /// <summary>The outbox email replied to.</summary>
    public required Guid OutboxId { get; init; }
    /// <summary>The category of the email replied to (<c>task-invitation</c>, …): what chose the handler.</summary>
    public string Category { get; init; } = "";
    /// <summary>plus-address, in-reply-to or references.</summary>
    public required string MatchedBy { get; init; }
    public required string FromAddress { get; init; }
    public required string Subject { get; init; }
    public required string Text { get; init; }
    public required IReadOnlyList<EmailAttachment> Attachments { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    /// <summary>Language and recipient name of the email replied to, for the acknowledgement.</summary>
    public required string Language { get; init; }
    public string? RecipientName { get; init; }
    public required string OriginalSubject { get; init; }
}
