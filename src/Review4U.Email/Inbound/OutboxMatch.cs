namespace Review4U.Email.Inbound;

/// <summary>The outbox email a reply answers; its <see cref="Category"/> picks the handler (see <see cref="ReplyHandlers"/>).</summary>
public sealed record OutboxMatch(
    Guid OutboxId, Guid BodyId, Guid? ScopeId, Guid? TaskId, Guid? ContactId, string Language, string? ToName, string Subject, string MatchedBy,
    string Category);
