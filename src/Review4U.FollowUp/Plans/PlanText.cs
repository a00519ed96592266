using System.Globalization;
using Review4U.FollowUp.Data.Rows;

namespace Review4U.FollowUp.Plans;

/// <summary>One line per activity in emails and the CLI: local dates, kind, title, owner.</summary>
public static class PlanText
{
    public static string Line(PlanActivityRow activity, string timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return $"{Local(activity.StartsAt, timeZoneId)} [{activity.Kind}] {activity.Title} ({activity.OwnerName})";
    }

    public static string Local(DateTimeOffset at, string timeZoneId) =>
        TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
