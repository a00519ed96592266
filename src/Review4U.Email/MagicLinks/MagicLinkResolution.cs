namespace Review4U.Email.MagicLinks;

/// <summary>The result of resolving a token; <see cref="Scope"/> is set when the token is known (valid, expired or wrong scope).</summary>
public sealed record MagicLinkResolution(MagicLinkStatus Status, MagicLinkScope? Scope, DateTimeOffset? ExpiresAt)
{
    public static MagicLinkResolution Unknown { get; } = new(MagicLinkStatus.Unknown, null, null);

    public bool IsValid => Status == MagicLinkStatus.Valid;

    /// <summary>Whether the page can offer a fresh link by email for this token's own scope.</summary>
    public bool CanRenewForScope => Status is MagicLinkStatus.Expired && Scope is not null;
}
