namespace Review4U.Workflows.Hangfire.Persistence.Rows;

/// <summary>Claims one occurrence of a trigger: the primary key makes exactly one server start its instance.</summary>
public sealed class TriggerOccurrenceRow
{
    public required string TriggerKey { get; set; }
    public required string Occurrence { get; set; }
    public Guid InstanceId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
