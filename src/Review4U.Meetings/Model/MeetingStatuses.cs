namespace Review4U.Meetings.Model;

public static class MeetingStatuses
{
    /// <summary>Opened by the workflow; the secretariat has not proposed a date yet.</summary>
    public const string AwaitingDate = "awaiting-date";
    public const string Scheduled = "scheduled";
    /// <summary>Minutes uploaded; action items are followed up.</summary>
    public const string Held = "held";
    public const string Closed = "closed";
    public const string Cancelled = "cancelled";
}
