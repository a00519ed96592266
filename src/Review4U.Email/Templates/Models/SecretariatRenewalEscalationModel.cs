namespace Review4U.Email.Templates.Models;

/// <summary>The term ended without a decision: the Steering Committee and the platform admin are told, then weekly.</summary>
public sealed record SecretariatRenewalEscalationModel : EmailModel
{
    public required string SecretariatName { get; init; }
    public required DateTimeOffset TermEndsOn { get; init; }
    public required int DaysOverdue { get; init; }
    public required int InterestCount { get; init; }
    public required int VotesCast { get; init; }
    public required int Quorum { get; init; }
    /// <summary>A Steering Committee member's fresh decision link; empty for the platform admin, who gets the command instead.</summary>
    public required string DecisionUrl { get; init; }
    public required string StatusCommand { get; init; }
}
