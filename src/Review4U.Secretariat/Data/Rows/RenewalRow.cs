namespace Review4U.Secretariat.Data.Rows;

/// <summary>
/// One renewal of one secretariat term (<c>secretariat.renewals</c>): unique per (body, term, end), so the daily
/// trigger and the CLI can both try to open it and only one renewal runs.
/// </summary>
public sealed class RenewalRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public Guid TermId { get; set; }
    /// <summary>The term's end (first day after it) when the renewal opened; a renewal of the term moves the term, not this.</summary>
    public DateOnly TermEndsOn { get; set; }
    /// <summary>The organisation serving as Secretariat when the renewal opened.</summary>
    public Guid SecretariatOrganisationId { get; set; }
    /// <summary>What decision links open (<c>MagicLinkScope.TaskId</c>): distinct from <see cref="Id"/>, which the members' interest links open.</summary>
    public Guid BallotId { get; set; }
    public DateTimeOffset InterestDeadline { get; set; }
    /// <summary>One of <see cref="Renewals.RenewalStatuses"/>.</summary>
    public required string Status { get; set; }
    public int Quorum { get; set; }
    public int DeciderCount { get; set; }
    /// <summary><c>renew</c> or the id of the chosen interest (see <see cref="Decisions.Choices"/>).</summary>
    public string? Decision { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public DateTimeOffset? AppliedAt { get; set; }
    /// <summary>The term that runs after the decision (the renewed one or the new one).</summary>
    public Guid? ResultTermId { get; set; }
    public Guid? WorkflowInstanceId { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
}
