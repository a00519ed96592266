namespace Review4U.Meetings.Data.Rows;

/// <summary>One meeting of a body (<c>meetings.meetings</c>): a quarterly consultation or a Steering Committee meeting.</summary>
public sealed class MeetingRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    /// <summary>One of <see cref="Model.MeetingKinds"/>.</summary>
    public required string Kind { get; set; }
    /// <summary>The period it belongs to (<c>2027-Q1</c>, <c>2027-03</c>): one meeting per body, kind and period.</summary>
    public required string Period { get; set; }
    public required string Title { get; set; }
    /// <summary>One of <see cref="Model.MeetingStatuses"/>.</summary>
    public required string Status { get; set; }
    /// <summary>The day the meeting should take place by (trigger time + lead time), in the body's zone.</summary>
    public DateOnly TargetDate { get; set; }
    public DateTimeOffset? StartsAt { get; set; }
    public DateTimeOffset? EndsAt { get; set; }
    public required string TimeZoneId { get; set; }
    public string? Location { get; set; }
    /// <summary>iCalendar SEQUENCE of the current date; raised by every reschedule.</summary>
    public int Sequence { get; set; }
    /// <summary>The sequence whose invitations went out (null: none yet).</summary>
    public int? InvitedSequence { get; set; }
    /// <summary>How long before the start agenda proposals close.</summary>
    public TimeSpan AgendaCutoffBefore { get; set; }
    /// <summary>How long after the cut-off the Steering Committee has to settle the agenda.</summary>
    public TimeSpan SettleWindow { get; set; }
    /// <summary>Set by <c>settle-agenda</c>: voting closes at this instant instead of cut-off + window.</summary>
    public DateTimeOffset? SettleNowAt { get; set; }
    public DateTimeOffset? AgendaCallSentAt { get; set; }
    public DateTimeOffset? AgendaReviewSentAt { get; set; }
    public DateTimeOffset? AgendaSettledAt { get; set; }
    public DateTimeOffset? AgendaCirculatedAt { get; set; }
    /// <summary>Days before an action item's due date on which its owner is reminded.</summary>
    public List<int> ReminderDays { get; set; } = [7, 1];
    public string? MinutesFileName { get; set; }
    public string? MinutesContentType { get; set; }
    public byte[]? MinutesContent { get; set; }
    public DateTimeOffset? MinutesUploadedAt { get; set; }
    public DateTimeOffset? SummarySentAt { get; set; }
    public Guid? WorkflowInstanceId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancelReason { get; set; }

    public DateTimeOffset? AgendaCutoff => StartsAt - AgendaCutoffBefore;

    /// <summary>When the Steering Committee's voting closes at the latest.</summary>
    public DateTimeOffset? SettleBy => SettleNowAt ?? AgendaCutoff + SettleWindow;
}
