using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Modules;
using Review4U.Documents.Calendar;
using Review4U.Meetings.Data;
using Review4U.Meetings.Invitations;

namespace Review4U.Meetings.Feed;

/// <summary>
/// A body's meetings as an iCalendar feed (METHOD:PUBLISH, VTIMEZONE, no attendees' addresses): every meeting that
/// has a date, cancelled ones kept with STATUS:CANCELLED so subscribed calendars drop them.
/// </summary>
public sealed class MeetingFeed(InvitationSender invitations, IOptions<MeetingsOptions> options, TimeProvider time)
{
    /// <summary>The feed's text, or null when no body has this code.</summary>
    public async Task<string?> RenderAsync(string bodyCode, CancellationToken ct)
    {
        await using var db = await ModuleUnitOfWork.BeginAsync<MeetingsDbContext>(options.Value.ConnectionString, ct);
        var body = await db.Domain.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Code == bodyCode, ct);
        if (body is null)
        {
            return null;
        }

        var meetings = await db.Meetings.Meetings.AsNoTracking().Where(m => m.BodyId == body.Id && m.StartsAt != null).OrderBy(m => m.StartsAt).ToListAsync(ct);
        var calendar = new MeetingCalendar(time);
        return calendar.CreateFeed($"{body.Name} meetings", [.. meetings.Select(m => invitations.ToCalendar(m, body.Code, []))]);
    }
}
