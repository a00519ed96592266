using System.Globalization;
using Cronos;
using Review4U.Workflows.Definitions;

namespace Review4U.Workflows.Triggers;

/// <summary>
/// The occurrences of a cron trigger in its time zone (daylight saving included: a time skipped in spring moves to the
/// first valid instant, a time repeated in autumn occurs once). Pure: the runtime asks for the occurrences due since it
/// last looked and starts one instance per <see cref="OccurrenceKey"/>, which a unique constraint makes exactly-once.
/// </summary>
public sealed class CronSchedule
{
    private readonly CronExpression expression;

    private CronSchedule(CronExpression expression, TimeZoneInfo timeZone)
    {
        this.expression = expression;
        TimeZone = timeZone;
    }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>
    /// A schedule from a validated trigger, in its own time zone or, when it has none (a per-body trigger), in
    /// <paramref name="bodyTimeZone"/> (throws when the cron or the time zone is invalid, or no zone is known).
    /// </summary>
    public static CronSchedule For(CronTriggerDefinition trigger, string? bodyTimeZone = null)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        var zone = trigger.TimeZone ?? bodyTimeZone
            ?? throw new ArgumentException($"Trigger '{trigger.Id}' has no time zone and no body time zone was given.", nameof(bodyTimeZone));
        return Parse(trigger.Cron, zone);
    }

    public static CronSchedule Parse(string cron, string timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(cron);
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var expression = CronExpression.Parse(cron, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
        return new CronSchedule(expression, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>, with the zone's offset at that instant; null when none.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after) => expression.GetNextOccurrence(after, TimeZone, inclusive: false);

    /// <summary>The occurrences in (<paramref name="after"/>, <paramref name="upTo"/>], oldest first.</summary>
    public IEnumerable<DateTimeOffset> Between(DateTimeOffset after, DateTimeOffset upTo) =>
        expression.GetOccurrences(after, upTo, TimeZone, fromInclusive: false, toInclusive: true);

    /// <summary>The unique key of one occurrence of one trigger: <c>workflow/trigger/2027-01-04T08:00:00Z</c> (UTC).</summary>
    public static string OccurrenceKey(string workflowId, string triggerId, DateTimeOffset occurrence) =>
        string.Create(CultureInfo.InvariantCulture, $"{workflowId}/{triggerId}/{occurrence.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}");
}
