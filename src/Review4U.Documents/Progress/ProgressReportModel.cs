namespace Review4U.Documents.Progress;

/// <summary>A quarterly progress report on VPI priorities; <see cref="GeneratedAt"/> comes from the caller's clock.</summary>
public sealed record ProgressReportModel(
    string BodyName,
    string Title,
    string Period,
    string Language,
    DateOnly AsOf,
    IReadOnlyList<Commitment> Commitments,
    DateTimeOffset GeneratedAt);
