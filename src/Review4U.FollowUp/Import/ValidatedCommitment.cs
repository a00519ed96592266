using Review4U.FollowUp.People;

namespace Review4U.FollowUp.Import;

/// <summary>A commitment that passed every check, ready to write.</summary>
internal sealed record ValidatedCommitment(
    string Key, string? ParentKey, int Position, string Title, string? Description, Person Owner, DateOnly Due, string? Area,
    IReadOnlyList<SourceIndicator> Indicators);
