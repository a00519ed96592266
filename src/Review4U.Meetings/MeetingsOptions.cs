namespace Review4U.Meetings;

/// <summary>Configuration of the meetings module (section <c>Meetings</c>).</summary>
public sealed class MeetingsOptions
{
    /// <summary>PostgreSQL connection string of the database holding the <c>meetings</c>, <c>review4u</c> and <c>email</c> schemas.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>ORGANIZER of the invitations (replies to the calendar go there); the email module's sender when empty.</summary>
    public string OrganizerEmail { get; set; } = "";

    /// <summary>Local time of day at which action-item reminders and overdue notices go out, in the body's zone.</summary>
    public TimeOnly ReminderTimeOfDay { get; set; } = new(9, 0);
}
