namespace Review4U.Meetings.Queries;

/// <summary>A meeting as <c>consultations list</c> shows it; times are the body's wall clock (ISO 8601 with offset).</summary>
public sealed record MeetingSummary(
    Guid Id, string BodyCode, string Kind, string Period, string Title, string Status, DateOnly TargetDate,
    DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string TimeZone, int Sequence, int AgendaItems, int ActionItems, Guid? WorkflowInstanceId);
