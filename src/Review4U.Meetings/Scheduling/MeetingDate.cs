namespace Review4U.Meetings.Scheduling;

/// <summary>A date the secretariat gives: the start as the body's wall clock shows it, how long, where.</summary>
public sealed record MeetingDate(DateTime LocalStart, TimeSpan Length, string? Location = null);
