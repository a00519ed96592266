namespace Review4U.Rounds.Data.Rows;

/// <summary>What a reviewer said (<c>rounds.review_decisions</c>): approve, reject, comment or a proposed edit of one answer.</summary>
public sealed class ReviewDecisionRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public Guid RoundId { get; set; }
    public Guid ReviewTaskId { get; set; }
    /// <summary>One of <see cref="Model.ReviewDecisionKinds"/>.</summary>
    public required string Kind { get; set; }
    public string? QuestionId { get; set; }
    public string? Text { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
}
