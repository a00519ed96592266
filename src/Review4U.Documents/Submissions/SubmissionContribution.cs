namespace Review4U.Documents.Submissions;

/// <summary>
/// One organisation's answer to one question: free text, the chosen option ids (or yes / no /
/// partially) and the names and sizes of attached files.
/// </summary>
public sealed record SubmissionContribution(
    string QuestionId,
    Guid OrganisationId,
    string? Text,
    IReadOnlyList<string> Choices,
    IReadOnlyList<SubmissionAttachment> Attachments)
{
    public static SubmissionContribution FromText(string questionId, Guid organisationId, string text) =>
        new(questionId, organisationId, text, [], []);
}
