namespace Review4U.FollowUp.Data.Rows;

/// <summary>One dated entry of a commitment's timeline: every status update (by link, email, CLI or import) is one.</summary>
public sealed class TimelineEntryRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public Guid CommitmentId { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>The day in the body's time zone, as reports show it.</summary>
    public DateOnly Date { get; set; }
    public required string Status { get; set; }
    public int Progress { get; set; }
    public string? Note { get; set; }
    /// <summary>One of <see cref="Model.UpdateSources"/>.</summary>
    public required string Source { get; set; }
    public required string Actor { get; set; }
    public Guid? RequestId { get; set; }
}
