namespace Review4U.Email.Templates.Models;

/// <summary>A Steering Committee member learns that the Secretariat's term ends in N days.</summary>
public sealed record SecretariatRenewalReminderModel : EmailModel
{
    public required string SecretariatName { get; init; }
    /// <summary>The first day after the term (midnight UTC of that local day).</summary>
    public required DateTimeOffset TermEndsOn { get; init; }
    public required int DaysLeft { get; init; }
    public required DateTimeOffset InterestDeadline { get; init; }
    public required int InterestCount { get; init; }
}
