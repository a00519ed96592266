namespace Review4U.Meetings.Scheduling;

/// <summary>What the workflow's first step asks for: a body's meeting of one kind for the period of "now".</summary>
public sealed record MeetingOpening
{
    public required string BodyCode { get; init; }
    public required string Kind { get; init; }
    /// <summary>Null: the period (quarter or month) of the opening day in the body's zone.</summary>
    public string? Period { get; init; }
    /// <summary>How long after the opening the meeting should take place (its target date).</summary>
    public TimeSpan LeadTime { get; init; } = TimeSpan.FromDays(42);
    public TimeSpan AgendaCutoffBefore { get; init; } = TimeSpan.FromDays(10);
    public TimeSpan SettleWindow { get; init; } = TimeSpan.FromDays(3);
    public IReadOnlyList<int> ReminderDays { get; init; } = [7, 1];
}
