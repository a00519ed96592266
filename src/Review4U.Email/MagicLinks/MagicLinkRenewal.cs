using Review4U.Email.Templates.Models;

namespace Review4U.Email.MagicLinks;

/// <summary>Everything a renewal email needs; the caller (who knows the contact and the round) fills it.</summary>
public sealed record MagicLinkRenewal
{
    public required MagicLinkScope Scope { get; init; }
    public required string To { get; init; }
    public required string RecipientName { get; init; }
    public string? PreferredLanguage { get; init; }
    public string? BodyLanguage { get; init; }
    public required BodyIdentity Body { get; init; }
    public required string RoundTitle { get; init; }
    public required Guid RoundId { get; init; }
    /// <summary>The task page's address for a token.</summary>
    public required Func<string, Uri> TaskUrl { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
}
