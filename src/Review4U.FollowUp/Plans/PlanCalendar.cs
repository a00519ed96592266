using Review4U.Documents.Calendar;
using Review4U.Domain.Bodies;
using Review4U.FollowUp.Data.Rows;

namespace Review4U.FollowUp.Plans;

/// <summary>The plan's activities as an iCalendar feed (METHOD:PUBLISH, the existing <see cref="MeetingCalendar"/>), in the body's time zone.</summary>
public sealed class PlanCalendar(MeetingCalendar calendar)
{
    public string Export(Body body, PlanRow plan, IReadOnlyList<PlanActivityRow> activities)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(activities);
        var meetings = activities.Select(a => new Meeting(
            a.Id, body.Code, a.Title, a.StartsAt, a.EndsAt, body.TimeZoneId, new MeetingOrganizer(a.OwnerEmail, a.OwnerName), [],
            Description: string.IsNullOrWhiteSpace(a.Description) ? $"{a.Kind} · {plan.Title}" : $"{a.Kind} · {plan.Title}\n\n{a.Description}",
            Location: a.Location)).ToList();
        return calendar.CreateFeed($"{body.Name}: {plan.Title}", meetings);
    }
}
