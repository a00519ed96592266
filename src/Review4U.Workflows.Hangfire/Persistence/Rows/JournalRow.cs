namespace Review4U.Workflows.Hangfire.Persistence.Rows;

/// <summary>One append-only audit entry of an instance.</summary>
public sealed class JournalRow
{
    public long Id { get; set; }
    public Guid InstanceId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Kind { get; set; }
    public string? StepId { get; set; }
    public string? Scope { get; set; }
    public string? Detail { get; set; }
}
