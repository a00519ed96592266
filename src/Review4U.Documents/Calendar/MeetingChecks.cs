using NodaTime;

namespace Review4U.Documents.Calendar;

internal static class MeetingChecks
{
    public static void ThrowIfInvalid(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var errors = new List<string>();
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(meeting.TimeZoneId ?? string.Empty) is null)
        {
            errors.Add($"time zone '{meeting.TimeZoneId}' is not an IANA time zone id (e.g. Africa/Nairobi)");
        }

        if (meeting.EndsAt <= meeting.StartsAt)
        {
            errors.Add("the meeting must end after it starts");
        }

        if (meeting.Sequence < 0)
        {
            errors.Add("sequence must be zero or more");
        }

        if (string.IsNullOrWhiteSpace(meeting.Title))
        {
            errors.Add("the meeting needs a title");
        }

        if (meeting.Organizer is null || !meeting.Organizer.Email.Contains('@', StringComparison.Ordinal))
        {
            errors.Add("the organiser needs an email address");
        }

        errors.AddRange((meeting.Attendees ?? [])
            .Where(attendee => !attendee.Email.Contains('@', StringComparison.Ordinal))
            .Select(attendee => $"attendee '{attendee.Name}' has no valid email address ('{attendee.Email}')"));
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Invalid meeting {meeting.MeetingId}: {string.Join("; ", errors)}.", nameof(meeting));
        }
    }
}
