namespace Review4U.Workflows.Hangfire.Persistence.Rows;

/// <summary>A step execution, unique per (instance, scope, step, iteration): the exactly-once guard.</summary>
public sealed class StepExecutionRow
{
    public long Id { get; set; }
    public Guid InstanceId { get; set; }
    public Guid BranchId { get; set; }
    public required string Scope { get; set; }
    public required string StepId { get; set; }
    public int Iteration { get; set; }
    public required string Status { get; set; }
    public int Attempts { get; set; }
    public string? Output { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}
