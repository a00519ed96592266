namespace Review4U.Secretariat.Renewals;

/// <summary>
/// The renewal's dates as instants. Days are the body's local days: "60 days before the end" is the local day
/// 60 days before the term's end, at the configured local send time, whatever daylight saving does in between.
/// </summary>
public sealed record RenewalCalendar(DateOnly TermEndsOn, TimeZoneInfo Zone, TimeOnly SendTime)
{
    /// <summary>The term ends at local midnight starting its end day (the first day after the term).</summary>
    public DateTimeOffset TermEnd => Local(TermEndsOn, TimeOnly.MinValue);

    /// <summary>When the reminder N days before the end goes out.</summary>
    public DateTimeOffset DaysBefore(int days) => Local(TermEndsOn.AddDays(-days), SendTime);

    /// <summary>The n-th escalation (0 at the end day's send time, then every interval).</summary>
    public DateTimeOffset Escalation(int index, TimeSpan interval) =>
        Local(TermEndsOn.AddDays(index * (int)Math.Round(interval.TotalDays)), SendTime);

    /// <summary>The escalations due at <paramref name="now"/>: the index of the latest one, or -1 before the first.</summary>
    public int EscalationIndexAt(DateTimeOffset now, TimeSpan interval)
    {
        var index = -1;
        while (Escalation(index + 1, interval) <= now)
        {
            index++;
        }

        return index;
    }

    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone).DateTime);

    /// <summary>A date as templates show it: midnight UTC of that day, so <c>date</c> formatting prints the same day everywhere.</summary>
    public static DateTimeOffset AsTemplateDate(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private DateTimeOffset Local(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        // A time skipped by a daylight-saving jump is moved forward by the jump (the first valid local time after it).
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
