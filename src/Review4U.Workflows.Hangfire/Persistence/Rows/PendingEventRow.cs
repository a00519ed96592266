namespace Review4U.Workflows.Hangfire.Persistence.Rows;

/// <summary>An event published while no wait matched it; the first matching wait consumes it.</summary>
public sealed class PendingEventRow
{
    public long Id { get; set; }
    public required string EventName { get; set; }
    public required string EventKey { get; set; }
    public required string Payload { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public Guid? ConsumedByBookmarkId { get; set; }
    public DateTimeOffset? ConsumedAt { get; set; }
}
