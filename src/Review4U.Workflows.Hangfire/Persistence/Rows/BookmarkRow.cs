namespace Review4U.Workflows.Hangfire.Persistence.Rows;

/// <summary>A durable wait: an event (name + key), a timer (due-at), a retry, a join deadline or a child instance.</summary>
public sealed class BookmarkRow
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public Guid BranchId { get; set; }
    public required string Scope { get; set; }
    public required string StepId { get; set; }
    public int Iteration { get; set; }
    public required string Kind { get; set; }
    public string? EventName { get; set; }
    public string? EventKey { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public required string Status { get; set; }
    public string? Payload { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}
