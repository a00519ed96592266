namespace Review4U.Email.Templates.Models;

/// <summary>Delivers the compiled contribution to the government focal point, with an acknowledge link.</summary>
public sealed record SubmissionDeliveryModel : EmailModel
{
    public required string RoundTitle { get; init; }
    public required string CountryName { get; init; }
    public required int ContributorCount { get; init; }
    public required string DocumentName { get; init; }
    public required Uri AcknowledgeUrl { get; init; }
}
