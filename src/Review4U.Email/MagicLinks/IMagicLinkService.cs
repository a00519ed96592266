using System.Data.Common;

namespace Review4U.Email.MagicLinks;

/// <summary>Personal links: random 256-bit tokens, kept only as SHA-256 hashes, scoped and expiring.</summary>
public interface IMagicLinkService
{
    /// <summary>Default expiry: the round's deadline plus the configured grace.</summary>
    DateTimeOffset DefaultExpiry(DateTimeOffset deadline);

    /// <summary>Issues a token (base64url) inside the caller's transaction.</summary>
    Task<string> IssueAsync(DbTransaction transaction, MagicLinkScope scope, DateTimeOffset expiresAt, CancellationToken ct);

    /// <summary>
    /// Issues one token per link inside the caller's transaction with a single binary COPY, returning the tokens in
    /// the order of <paramref name="links"/>; same storage and semantics as <see cref="IssueAsync"/>. An empty list
    /// writes nothing.
    /// </summary>
    Task<IReadOnlyList<string>> IssueManyAsync(
        DbTransaction transaction, IReadOnlyList<(MagicLinkScope Scope, DateTimeOffset ExpiresAt)> links, CancellationToken ct);

    Task<MagicLinkResolution> ResolveAsync(string? token, CancellationToken ct);

    /// <summary>
    /// The same resolution on the caller's open transaction (no connection of its own): a page that resolves the
    /// link and then writes in one transaction holds one pooled connection, not two at once.
    /// </summary>
    Task<MagicLinkResolution> ResolveAsync(DbTransaction transaction, string? token, CancellationToken ct);

    /// <summary>Resolves and checks the token opens this body's task; another task gives <see cref="MagicLinkStatus.WrongScope"/>.</summary>
    Task<MagicLinkResolution> ResolveForTaskAsync(string? token, Guid bodyId, Guid taskId, CancellationToken ct);

    /// <summary>Issues a fresh link and queues a <c>magic-link-renewal</c> email, at most once per scope per window.</summary>
    Task<RenewalResult> RequestFreshLinkAsync(MagicLinkRenewal renewal, CancellationToken ct);
}
