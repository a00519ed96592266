namespace Review4U.Secretariat.Data.Rows;

/// <summary>A Steering Committee member's vote on a renewal; their latest vote counts (one row per member, updated).</summary>
public sealed class VoteRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public Guid RenewalId { get; set; }
    public Guid ContactId { get; set; }
    /// <summary><c>renew</c> or an interest id (see <see cref="Decisions.Choices"/>).</summary>
    public required string Choice { get; set; }
    public DateTimeOffset VotedAt { get; set; }
}
