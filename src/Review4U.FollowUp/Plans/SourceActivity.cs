namespace Review4U.FollowUp.Plans;

/// <summary>An activity as read from a plan file; times are the body's local wall-clock times.</summary>
internal sealed record SourceActivity(
    int Line, string Key, string Kind, string Title, string? Description, string? Location,
    LocalDateTime Starts, LocalDateTime Ends, string Owner, int OwnerLine, IReadOnlyList<int> ReminderDays);
