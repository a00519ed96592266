namespace Review4U.Documents.Progress;

/// <summary>
/// A VPI priority or one of its child items, after Decidim's accountability results: status, progress
/// percentage, indicators and a dated timeline.
/// </summary>
public sealed record Commitment(
    string Id,
    string Title,
    string Owner,
    DateOnly DueDate,
    CommitmentStatus Status,
    int ProgressPercent,
    IReadOnlyList<CommitmentIndicator> Indicators,
    IReadOnlyList<TimelineEntry> Timeline,
    string? Note = null,
    IReadOnlyList<Commitment>? Children = null);
