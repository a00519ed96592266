namespace Review4U.Workflows.Hangfire.Persistence.Rows;

/// <summary>A step that failed its last attempt; it waits for a person to retry, skip or cancel.</summary>
public sealed class IncidentRow
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public Guid BranchId { get; set; }
    public required string Scope { get; set; }
    public required string StepId { get; set; }
    public int Iteration { get; set; }
    public required string Error { get; set; }
    public int Attempts { get; set; }
    public required string Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? ResolvedBy { get; set; }
}
