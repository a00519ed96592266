namespace Review4U.Secretariat.Decisions;

/// <summary>
/// The decision page: the term, the candidates, the votes so far and the member's own vote; <see cref="Language"/> is the
/// voter's (their own when shipped, else the body's default, else English).
/// </summary>
public sealed record BallotView(
    string BodyCode,
    string BodyName,
    string SecretariatName,
    DateOnly TermEndsOn,
    string Status,
    int Quorum,
    string? Decision,
    IReadOnlyList<Candidate> Candidates,
    IReadOnlyDictionary<string, int> Votes,
    string? MyVote,
    string VoterName,
    string Language);
