namespace Review4U.Documents.Calendar;

public sealed record MeetingOrganizer(string Email, string Name);
