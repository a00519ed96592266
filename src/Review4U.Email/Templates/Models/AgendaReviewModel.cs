namespace Review4U.Email.Templates.Models;

/// <summary>Asks a Steering Committee member to approve or reject the proposed agenda items by their personal link.</summary>
public sealed record AgendaReviewModel : EmailModel
{
    public required string MeetingTitle { get; init; }
    public required int ItemCount { get; init; }
    public required int Quorum { get; init; }
    public required DateTimeOffset SettleBy { get; init; }
    public required Uri ReviewUrl { get; init; }
}
