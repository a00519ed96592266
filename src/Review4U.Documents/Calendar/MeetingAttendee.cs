namespace Review4U.Documents.Calendar;

public sealed record MeetingAttendee(string Email, string Name, MeetingRole Role);
