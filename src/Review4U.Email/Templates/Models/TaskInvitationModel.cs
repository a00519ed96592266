namespace Review4U.Email.Templates.Models;

/// <summary>A member organisation's contact is asked to contribute to a round.</summary>
public sealed record TaskInvitationModel : EmailModel
{
    public required string OrganisationName { get; init; }
    public required string RoundTitle { get; init; }
    public required int QuestionCount { get; init; }
    public required DateTimeOffset Deadline { get; init; }
    public required Uri TaskUrl { get; init; }
}
