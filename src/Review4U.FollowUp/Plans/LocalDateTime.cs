namespace Review4U.FollowUp.Plans;

/// <summary>A wall-clock time in the body's time zone, as written in a plan file.</summary>
internal readonly record struct LocalDateTime(DateTime Value)
{
    public DateTimeOffset InZone(string timeZoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        var unspecified = DateTime.SpecifyKind(Value, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }
}
