namespace Review4U.Email.Templates.Models;

/// <summary>The receipt of an expression of interest (each version), with a link to edit it until the deadline.</summary>
public sealed record SecretariatInterestReceivedModel : EmailModel
{
    public required string OrganisationName { get; init; }
    public required string ProposedCoordinator { get; init; }
    public required string Motivation { get; init; }
    public required DateTimeOffset InterestDeadline { get; init; }
    public required Uri InterestUrl { get; init; }
}
