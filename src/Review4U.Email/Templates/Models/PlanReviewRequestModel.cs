namespace Review4U.Email.Templates.Models;

/// <summary>Asks a Steering Committee member to comment on and approve (or reject) a version of the annual activity plan.</summary>
public sealed record PlanReviewRequestModel : EmailModel
{
    public required string PlanTitle { get; init; }
    public required int Version { get; init; }
    public required int ActivityCount { get; init; }
    public required int Quorum { get; init; }
    /// <summary>One line per activity: dates, kind, title, owner.</summary>
    public required string Activities { get; init; }
    public required Uri ReviewUrl { get; init; }
}
