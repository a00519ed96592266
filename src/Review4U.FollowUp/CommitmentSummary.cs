namespace Review4U.FollowUp;

/// <summary>A commitment as <c>review4u vpi list</c> shows it.</summary>
public sealed record CommitmentSummary(string Key, string? Parent, string Title, string Owner, string OwnerEmail, DateOnly Due, string Status, int Progress, bool Overdue);
