namespace Review4U.FollowUp.Import;

/// <summary>An indicator as read from a file.</summary>
public sealed record SourceIndicator(int Line, string Name, string? Baseline, string? Target);
