namespace Review4U.FollowUp.Status;

/// <summary>What the status page shows for a valid link; <see cref="Language"/> is the owner's, else the body's default, else English.</summary>
public sealed record StatusView(
    string BodyName, string Language, string Period, DateTimeOffset Deadline, string CommitmentKey, string CommitmentTitle,
    string OwnerName, string DueDate, string Status, int Progress, string? LastNote, bool Answered);
