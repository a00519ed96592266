namespace Review4U.Email.Templates.Models;

/// <summary>Everyone learns the Steering Committee's decision: the Secretariat renewed, or a new one.</summary>
public sealed record SecretariatDecisionAnnouncedModel : EmailModel
{
    public required bool Renewed { get; init; }
    public required string SecretariatName { get; init; }
    public required string CoordinatorName { get; init; }
    public required DateTimeOffset TermStartsOn { get; init; }
    public required DateTimeOffset TermEndsOn { get; init; }
}
