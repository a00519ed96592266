namespace Review4U.Email.Templates.Models;

/// <summary>A Steering Committee member is asked to vote: renew the Secretariat or choose a candidate.</summary>
public sealed record SecretariatDecisionRequestModel : EmailModel
{
    public required string SecretariatName { get; init; }
    public required DateTimeOffset TermEndsOn { get; init; }
    /// <summary>One line per candidate, "- organisation (proposed coordinator)"; empty when nobody applied.</summary>
    public required string Candidates { get; init; }
    public required int CandidateCount { get; init; }
    public required int Quorum { get; init; }
    public required Uri DecisionUrl { get; init; }
}
