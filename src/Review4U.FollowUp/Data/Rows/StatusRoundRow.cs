namespace Review4U.FollowUp.Data.Rows;

/// <summary>One period's status requests of a body (<c>followup.status_rounds</c>), unique per (body, period).</summary>
public sealed class StatusRoundRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    /// <summary><c>yyyy-MM</c>: the month the round asks about.</summary>
    public required string Period { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset Deadline { get; set; }
    /// <summary>Days before the deadline on which unanswered requests are reminded.</summary>
    public List<int> ReminderDays { get; set; } = [7];
    public Guid? WorkflowInstanceId { get; set; }
    public DateTimeOffset? EscalatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
}
