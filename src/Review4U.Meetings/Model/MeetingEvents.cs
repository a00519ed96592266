namespace Review4U.Meetings.Model;

/// <summary>
/// The one event the meeting workflows wait on, keyed by the meeting id (<c>D</c> format): any change (a date, a
/// reschedule, a proposal, a vote, minutes, an action done) wakes the waiting step, which looks again and re-plans.
/// </summary>
public static class MeetingEvents
{
    public const string Changed = "meeting.changed";

    public static string Key(Guid meetingId) => meetingId.ToString("D");
}
