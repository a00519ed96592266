namespace Review4U.FollowUp.Status;

/// <summary>What an owner reports: a status code, optionally a progress percentage (else unchanged) and a note.</summary>
public sealed record StatusUpdate(string Status, int? Progress, string? Note);
