namespace Review4U.FollowUp.Data.Rows;

/// <summary>A reviewer's comment, approval or rejection of a plan version; the latest vote of each reviewer counts.</summary>
public sealed class PlanDecisionRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public Guid PlanId { get; set; }
    public Guid ReviewerId { get; set; }
    /// <summary><c>comment</c>, <c>approve</c> or <c>reject</c>.</summary>
    public required string Kind { get; set; }
    public string? Text { get; set; }
    /// <summary>The activity commented on, or null for the whole plan.</summary>
    public string? ActivityKey { get; set; }
    public DateTimeOffset At { get; set; }
}
