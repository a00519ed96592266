namespace Review4U.Email.Sending;

/// <summary>An outbox row claimed for sending (the columns the sender needs); Attempts counts this attempt (1 for the first).</summary>
public sealed record ClaimedEmail(
    Guid Id, Guid BodyId, string Category, Guid? ContactId, string Language, string MessageId, string From, string To,
    string? ToName, string? ReplyTo, string Subject, string TextBody, string? HtmlBody, string HeadersJson,
    string AttachmentsJson, int Attempts);
