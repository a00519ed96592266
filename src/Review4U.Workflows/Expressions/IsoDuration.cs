using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Review4U.Workflows.Expressions;

/// <summary>
/// Strict ISO 8601 durations: <c>PnW</c>, <c>PnD</c>, <c>PTnH</c>, <c>PTnM</c>, <c>PTnS</c> (seconds may have a fraction)
/// and their combinations, e.g. <c>P1DT12H</c>. Years and months are refused: their length varies, write days.
/// </summary>
public static partial class IsoDuration
{
    public const string Hint = "an ISO 8601 duration such as P7D, PT2H, P1DT12H or PT30S (weeks, days, hours, minutes, seconds; no years or months)";

    public static bool TryParse(string? text, out TimeSpan duration) => TryParse(text, out duration, out _);

    public static bool TryParse(string? text, out TimeSpan duration, [NotNullWhen(false)] out string? error)
    {
        duration = default;
        if (string.IsNullOrEmpty(text))
        {
            error = "the duration is empty";
            return false;
        }

        var match = Pattern().Match(text);
        if (!match.Success || text is "P" or "PT" || text.EndsWith('T'))
        {
            error = UsesYearsOrMonths(text) ? $"'{text}' uses years or months, whose length varies; write days instead" : $"'{text}' is not an ISO 8601 duration";
            return false;
        }

        try
        {
            var ticks = checked(
                (Number(match, "w") * 7 * TimeSpan.TicksPerDay)
                + (Number(match, "d") * TimeSpan.TicksPerDay)
                + (Number(match, "h") * TimeSpan.TicksPerHour)
                + (Number(match, "m") * TimeSpan.TicksPerMinute)
                + (long)(decimal.Parse(Group(match, "s"), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * TimeSpan.TicksPerSecond));
            duration = TimeSpan.FromTicks(ticks);
            error = null;
            return true;
        }
        catch (OverflowException)
        {
            error = $"'{text}' is too long a duration";
            return false;
        }
    }

    public static TimeSpan Parse(string text) =>
        TryParse(text, out var duration, out var error) ? duration : throw new FormatException(error);

    /// <summary>The canonical ISO 8601 form (<c>P1DT2H</c>; <c>PT0S</c> for zero).</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration == TimeSpan.Zero)
        {
            return "PT0S";
        }

        var text = new StringBuilder(duration < TimeSpan.Zero ? "-P" : "P");
        var value = duration.Duration();
        if (value.Days > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{value.Days}D");
        }

        var seconds = value.Seconds + (value.Ticks % TimeSpan.TicksPerSecond / (decimal)TimeSpan.TicksPerSecond);
        if (value.Hours > 0 || value.Minutes > 0 || seconds > 0)
        {
            text.Append('T');
            if (value.Hours > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"{value.Hours}H");
            }

            if (value.Minutes > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"{value.Minutes}M");
            }

            if (seconds > 0)
            {
                text.Append(seconds.ToString("0.#######", CultureInfo.InvariantCulture)).Append('S');
            }
        }

        return text.ToString();
    }

    private static long Number(Match match, string group) => long.Parse(Group(match, group), CultureInfo.InvariantCulture);

    private static string Group(Match match, string group) => match.Groups[group].Success ? match.Groups[group].Value : "0";

    [GeneratedRegex(@"^P(?:(?<w>\d{1,9})W)?(?:(?<d>\d{1,9})D)?(?:T(?:(?<h>\d{1,9})H)?(?:(?<m>\d{1,9})M)?(?:(?<s>\d{1,9}(?:\.\d{1,7})?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    private static bool UsesYearsOrMonths(string text) =>
        text.StartsWith('P') && text.Split('T')[0].IndexOfAny(['Y', 'M']) >= 0;
}
