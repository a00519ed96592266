namespace Review4U.Domain.Vocabulary;

/// <summary>IANA time zone identifiers, checked against the system's tz database.</summary>
public static class TimeZones
{
    public static bool IsKnown(string id)
    {
        if (string.IsNullOrWhiteSpace(id) || !id.Contains('/', StringComparison.Ordinal) && id != "UTC")
        {
            return false;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
    }

    /// <summary>Today's date in the given zone: deadlines and terms are counted in the body's local days.</summary>
    public static DateOnly Today(TimeProvider time, string timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(time);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
    }
}
