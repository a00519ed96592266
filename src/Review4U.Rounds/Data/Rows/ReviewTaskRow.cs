namespace Review4U.Rounds.Data.Rows;

/// <summary>A Steering Committee member's review of a round's compiled draft (<c>rounds.review_tasks</c>).</summary>
public sealed class ReviewTaskRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public Guid RoundId { get; set; }
    public Guid ContactId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When the reminder before the review deadline went out (null: not reminded).</summary>
    public DateTimeOffset? RemindedAt { get; set; }
}
