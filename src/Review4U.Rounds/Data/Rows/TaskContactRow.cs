namespace Review4U.Rounds.Data.Rows;

/// <summary>A contact who holds a link to a task (<c>rounds.task_contacts</c>): invited, added later, or forwarded to.</summary>
public sealed class TaskContactRow
{
    public Guid BodyId { get; set; }
    public Guid TaskId { get; set; }
    public Guid ContactId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public required string Language { get; set; }
    /// <summary>The contact who forwarded the task to this one; null for invited contacts.</summary>
    public Guid? ForwardedBy { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}
