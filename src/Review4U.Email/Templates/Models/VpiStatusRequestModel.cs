namespace Review4U.Email.Templates.Models;

/// <summary>Asks a commitment's owner for this period's status (VPI follow-up); answered by link or by reply.</summary>
public sealed record VpiStatusRequestModel : EmailModel
{
    public required string OrganisationName { get; init; }
    public required string Period { get; init; }
    public required string CommitmentKey { get; init; }
    public required string CommitmentTitle { get; init; }
    /// <summary>yyyy-MM-dd.</summary>
    public required string DueDate { get; init; }
    /// <summary>The status code last reported (<c>on-track</c>, …).</summary>
    public required string CurrentStatus { get; init; }
    public required int Progress { get; init; }
    public required DateTimeOffset Deadline { get; init; }
    public required Uri StatusUrl { get; init; }
}
