namespace Review4U.Email.Templates.Models;

/// <summary>Forwards to the coordinator a reply that matched no task.</summary>
public sealed record UnknownReplyModel : EmailModel
{
    public required string FromAddress { get; init; }
    public required string OriginalSubject { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public required string Text { get; init; }
}
