namespace Review4U.Documents.Submissions;

/// <summary>An organisation that was asked in the round, with its thematic areas and outcome.</summary>
public sealed record SubmissionParticipant(
    Guid OrganisationId,
    string Name,
    IReadOnlyList<string> ThematicAreas,
    ParticipationStatus Status,
    string? DeclineReason = null);
