using Review4U.Secretariat.Decisions;

namespace Review4U.Secretariat.Renewals;

/// <summary>Where a body's latest renewal stands (for <c>secretariat renewal status</c> and its <c>--json</c>).</summary>
public sealed record RenewalStatus(
    Guid RenewalId,
    string BodyCode,
    string SecretariatName,
    DateOnly TermEndsOn,
    string Status,
    DateTimeOffset InterestDeadline,
    IReadOnlyList<Candidate> Candidates,
    int DeciderCount,
    int Quorum,
    IReadOnlyDictionary<string, int> Votes,
    string? Decision,
    DateTimeOffset? DecidedAt,
    DateTimeOffset? AppliedAt,
    IReadOnlyDictionary<string, int> EmailsQueued);
