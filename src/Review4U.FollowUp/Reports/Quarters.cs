using System.Globalization;

namespace Review4U.FollowUp.Reports;

/// <summary>Quarters as <c>yyyy-Qn</c>; a status round of a quarter's last month (March, June…) closes that quarter.</summary>
public static class Quarters
{
    /// <summary>The quarter a period (<c>yyyy-MM</c>) closes, or null when its month is not a quarter's last.</summary>
    public static string? ClosedBy(string period)
    {
        if (!DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) || month.Month % 3 != 0)
        {
            return null;
        }

        return Of(month);
    }

    public static string Of(DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"{day.Year}-Q{((day.Month - 1) / 3) + 1}");
}
