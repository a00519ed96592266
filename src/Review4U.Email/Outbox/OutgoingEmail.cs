namespace Review4U.Email.Outbox;

/// <summary>An email to queue; rendered already (see <c>EmailComposer</c>).</summary>
public sealed record OutgoingEmail
{
    public required Guid BodyId { get; init; }
    /// <summary>Unique per intended email, e.g. <c>{instance}:{step}:{iteration}:{contact}</c>; a repeat is ignored.</summary>
    public required string IdempotencyKey { get; init; }
    /// <summary>One of <see cref="EmailCategories"/>.</summary>
    public required string Category { get; init; }
    /// <summary>The round (or other scope) the email belongs to; reminders are muted per scope.</summary>
    public Guid? ScopeId { get; init; }
    public Guid? TaskId { get; init; }
    public Guid? ContactId { get; init; }
    public string Language { get; init; } = "en";
    public required string To { get; init; }
    public string? ToName { get; init; }
    /// <summary>Null: the configured sender.</summary>
    public string? From { get; init; }
    /// <summary>Null: a plus-address carrying a reply token when the email has a task, else none.</summary>
    public string? ReplyTo { get; init; }
    public required string Subject { get; init; }
    public required string TextBody { get; init; }
    public string? HtmlBody { get; init; }
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];
    /// <summary>Not sent before this time (null: as soon as possible).</summary>
    public DateTimeOffset? NotBefore { get; init; }
}
