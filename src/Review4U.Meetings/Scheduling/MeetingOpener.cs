using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;
using Review4U.Meetings.Data;
using Review4U.Meetings.Data.Rows;
using Review4U.Meetings.Invitations;
using Review4U.Meetings.Model;

namespace Review4U.Meetings.Scheduling;

/// <summary>
/// Opens a body's meeting for a period with its participants, once: the row is unique per (body, kind, period), so a
/// repeated trigger occurrence, a retried step or a second <c>schedule</c> finds the meeting already there.
/// </summary>
public static class MeetingOpener
{
    public static async Task<MeetingRow> OpenAsync(ModuleUnitOfWork<MeetingsDbContext> db, MeetingOpening opening, Guid? instanceId, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(opening);
        if (!MeetingKinds.All.Contains(opening.Kind))
        {
            throw new Domain.DomainRuleException($"kind: expected one of {string.Join(", ", MeetingKinds.All)}, got '{opening.Kind}'.");
        }

        var body = await db.Domain.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Code == opening.BodyCode, ct)
            ?? throw new Domain.DomainRuleException($"bodyCode: no body has the code '{opening.BodyCode}'.");
        var today = BodyTime.Today(now, body.TimeZoneId);
        var period = opening.Period ?? BodyTime.PeriodOf(opening.Kind, today);
        var existing = await db.Meetings.Meetings.SingleOrDefaultAsync(m => m.BodyId == body.Id && m.Kind == opening.Kind && m.Period == period, ct);
        if (existing is not null)
        {
            existing.WorkflowInstanceId ??= instanceId;
            await db.Meetings.SaveChangesAsync(ct);
            return existing;
        }

        var meeting = new MeetingRow
        {
            Id = Guid.CreateVersion7(), BodyId = body.Id, Kind = opening.Kind, Period = period,
            Title = opening.Kind == MeetingKinds.Consultation ? $"{body.Name}: quarterly consultation {period}" : $"{body.Name}: Steering Committee {period}",
            Status = MeetingStatuses.AwaitingDate, TargetDate = BodyTime.Today(now + opening.LeadTime, body.TimeZoneId),
            TimeZoneId = body.TimeZoneId, AgendaCutoffBefore = opening.AgendaCutoffBefore, SettleWindow = opening.SettleWindow,
            ReminderDays = [.. opening.ReminderDays.Distinct().OrderDescending()], WorkflowInstanceId = instanceId, CreatedAt = now,
        };
        db.Meetings.Meetings.Add(meeting);
        db.Meetings.Participants.AddRange(await ParticipantResolver.ResolveAsync(db, body, meeting, today, ct));
        await db.Meetings.SaveChangesAsync(ct);
        return meeting;
    }
}
