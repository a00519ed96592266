namespace Review4U.Email.Templates.Models;

/// <summary>Reminds an owner whose status request of this period is unanswered.</summary>
public sealed record VpiStatusReminderModel : EmailModel
{
    public required string Period { get; init; }
    public required string CommitmentKey { get; init; }
    public required string CommitmentTitle { get; init; }
    public required DateTimeOffset Deadline { get; init; }
    public required int DaysLeft { get; init; }
    public required Uri StatusUrl { get; init; }
}
