using Review4U.Documents.Questionnaires;

namespace Review4U.Documents.Submissions;

/// <summary>
/// Everything a compiled submission shows. <see cref="GeneratedAt"/> comes from the caller's clock, so the
/// same model always gives the same bytes.
/// </summary>
public sealed record SubmissionModel(
    string BodyName,
    string RoundTitle,
    Questionnaire Questionnaire,
    string Language,
    AttributionMode Attribution,
    IReadOnlyList<SubmissionParticipant> Participants,
    IReadOnlyList<SubmissionContribution> Contributions,
    DateTimeOffset GeneratedAt,
    IReadOnlyCollection<string>? SectionIds = null);
