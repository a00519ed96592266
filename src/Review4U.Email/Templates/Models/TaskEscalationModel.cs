namespace Review4U.Email.Templates.Models;

/// <summary>After the deadline, a working-group lead or the coordinator learns who has not answered.</summary>
public sealed record TaskEscalationModel : EmailModel
{
    public required string OrganisationName { get; init; }
    public required string RoundTitle { get; init; }
    public required DateTimeOffset Deadline { get; init; }
    public required string ContactNames { get; init; }
    public required Uri RoundUrl { get; init; }
}
