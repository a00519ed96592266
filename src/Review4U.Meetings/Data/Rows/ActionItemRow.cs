namespace Review4U.Meetings.Data.Rows;

/// <summary>An action item from a meeting's minutes: an owner, a due day in the body's zone, reminders until done.</summary>
public sealed class ActionItemRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public Guid MeetingId { get; set; }
    public required string Title { get; set; }
    public Guid? OwnerContactId { get; set; }
    public required string OwnerName { get; set; }
    public required string OwnerEmail { get; set; }
    public required string OwnerLanguage { get; set; }
    public DateOnly DueOn { get; set; }
    /// <summary>One of <see cref="Model.ActionItemStatuses"/>.</summary>
    public required string Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
}
