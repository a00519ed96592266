using Review4U.Data.Members;

namespace Review4U.FollowUp.Import;

/// <summary>A commitment as read from a YAML or CSV file, each value with the line it came from.</summary>
public sealed record SourceCommitment(
    int Line,
    SourceField Key,
    SourceField Parent,
    SourceField Title,
    SourceField Description,
    SourceField Owner,
    SourceField Due,
    SourceField Area,
    IReadOnlyList<SourceIndicator> Indicators);
