using Review4U.FollowUp.Data.Rows;

namespace Review4U.FollowUp;

/// <summary>A commitment with its indicators and timeline, as <c>review4u vpi show</c> shows it.</summary>
public sealed record CommitmentDetails(CommitmentSummary Summary, string? Description, string? ThematicArea, IReadOnlyList<IndicatorRow> Indicators, IReadOnlyList<TimelineEntryRow> Timeline);
