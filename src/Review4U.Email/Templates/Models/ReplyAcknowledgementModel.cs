namespace Review4U.Email.Templates.Models;

/// <summary>Confirms that an answer sent by email reply was received and recorded.</summary>
public sealed record ReplyAcknowledgementModel : EmailModel
{
    public required string RoundTitle { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public required string Excerpt { get; init; }
    public required Uri TaskUrl { get; init; }
}
