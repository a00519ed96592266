namespace Review4U.Documents.Progress;

/// <summary>A measurable indicator of a commitment; values are free text ("12 shelters", "draft law tabled").</summary>
public sealed record CommitmentIndicator(string Name, string? Baseline, string? Target, string? Current);
