using System.Globalization;
using Review4U.Domain;

namespace Review4U.Meetings.Scheduling;

/// <summary>Instants and a body's wall clock (IANA zone, daylight saving included).</summary>
public static class BodyTime
{
    public static TimeZoneInfo Zone(string timeZoneId) => TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);

    /// <summary>The instant as the body's clock shows it (the offset is the zone's at that instant).</summary>
    public static DateTimeOffset Local(DateTimeOffset instant, string timeZoneId) => TimeZoneInfo.ConvertTime(instant, Zone(timeZoneId));

    public static DateOnly Today(DateTimeOffset now, string timeZoneId) => DateOnly.FromDateTime(Local(now, timeZoneId).DateTime);

    /// <summary>The instant of a wall-clock time in the zone; a time skipped by a daylight-saving change is refused.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time, string timeZoneId) => At(day.ToDateTime(time), timeZoneId);

    public static DateTimeOffset At(DateTime local, string timeZoneId)
    {
        var zone = Zone(timeZoneId);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            throw new DomainRuleException(string.Create(CultureInfo.InvariantCulture,
                $"{unspecified:yyyy-MM-dd HH:mm} does not exist in {timeZoneId} (the clocks jump forward then); choose another time."));
        }

        // An ambiguous time (clocks going back) is taken as the earlier of the two, the daylight-saving one.
        var offset = zone.IsAmbiguousTime(unspecified) ? zone.GetAmbiguousTimeOffsets(unspecified).Max() : zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset).ToUniversalTime();
    }

    /// <summary>The period a meeting of this kind belongs to on <paramref name="day"/>: <c>2027-Q1</c> or <c>2027-03</c>.</summary>
    public static string PeriodOf(string kind, DateOnly day) =>
        kind == Model.MeetingKinds.Consultation
            ? string.Create(CultureInfo.InvariantCulture, $"{day.Year}-Q{((day.Month - 1) / 3) + 1}")
            : day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
