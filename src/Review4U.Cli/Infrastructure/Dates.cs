using System.Globalization;
using Review4U.Domain;

namespace Review4U.Cli.Infrastructure;

/// <summary>Dates on the command line are ISO 8601 (yyyy-MM-dd).</summary>
public static class Dates
{
    public static DateOnly? ParseOptional(string? value, string option)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new DomainRuleException($"{option}: \"{value}\" is not a date (expected yyyy-MM-dd).");
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Format(DateOnly? date) => date is null ? "" : Format(date.Value);
}
