namespace Review4U.Workflows.Hangfire.Persistence.Rows;

/// <summary>One running (or finished) workflow instance.</summary>
public sealed class InstanceRow
{
    public Guid Id { get; set; }
    public required string DefinitionId { get; set; }
    public int DefinitionVersion { get; set; }
    public Guid? BodyId { get; set; }
    public required string Status { get; set; }
    public required string Inputs { get; set; }
    public required string Variables { get; set; }
    public string? Output { get; set; }
    public string? IdempotencyKey { get; set; }
    public Guid? ParentInstanceId { get; set; }
    public Guid? ParentBookmarkId { get; set; }
    public required string StartedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Optimistic concurrency: every state change bumps it and checks the value it read.</summary>
    public int Revision { get; set; }
}
