namespace Review4U.Meetings.Model;

public static class AttendanceStatuses
{
    public const string Invited = "invited";
    public const string Registered = "registered";
    public const string Declined = "declined";
    public const string Attended = "attended";
    public const string Absent = "absent";

    /// <summary>What the secretariat may record (invited is where everyone starts).</summary>
    public static IReadOnlyList<string> Recordable { get; } = [Registered, Declined, Attended, Absent];
}
