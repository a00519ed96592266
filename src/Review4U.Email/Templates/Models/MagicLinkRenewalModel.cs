namespace Review4U.Email.Templates.Models;

/// <summary>A fresh personal link, sent on request when the previous one expired or was lost.</summary>
public sealed record MagicLinkRenewalModel : EmailModel
{
    public required string RoundTitle { get; init; }
    public required Uri TaskUrl { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
}
