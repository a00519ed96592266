namespace Review4U.Email.Templates.Models;

/// <summary>Every member organisation is invited to express interest in serving as Secretariat.</summary>
public sealed record SecretariatInterestCallModel : EmailModel
{
    public required string OrganisationName { get; init; }
    public required string SecretariatName { get; init; }
    public required DateTimeOffset TermEndsOn { get; init; }
    public required DateTimeOffset InterestDeadline { get; init; }
    public required Uri InterestUrl { get; init; }
}
