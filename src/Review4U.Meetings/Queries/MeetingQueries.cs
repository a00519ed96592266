using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Modules;
using Review4U.Domain;
using Review4U.Meetings.Agenda;
using Review4U.Meetings.Data;
using Review4U.Meetings.Data.Rows;
using Review4U.Meetings.Scheduling;

namespace Review4U.Meetings.Queries;

/// <summary>Read models for the CLI (and later the web app); every query is filtered by the body.</summary>
public sealed class MeetingQueries(IOptions<MeetingsOptions> options)
{
    public async Task<IReadOnlyList<MeetingSummary>> ListAsync(string bodyCode, string? kind, CancellationToken ct)
    {
        await using var db = await ModuleUnitOfWork.BeginAsync<MeetingsDbContext>(options.Value.ConnectionString, ct);
        var body = await db.Domain.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Code == bodyCode, ct)
            ?? throw new DomainRuleException($"--body: no body has the code '{bodyCode}'.");
        var meetings = await db.Meetings.Meetings.AsNoTracking().Where(m => m.BodyId == body.Id && (kind == null || m.Kind == kind))
            .OrderBy(m => m.Period).ThenBy(m => m.Kind).ToListAsync(ct);
        var ids = meetings.Select(m => m.Id).ToList();
        var items = await db.Meetings.AgendaItems.Where(i => i.BodyId == body.Id && ids.Contains(i.MeetingId)).GroupBy(i => i.MeetingId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var actions = await db.Meetings.ActionItems.Where(a => a.BodyId == body.Id && ids.Contains(a.MeetingId)).GroupBy(a => a.MeetingId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return [.. meetings.Select(m => Summary(m, body.Code, items.GetValueOrDefault(m.Id), actions.GetValueOrDefault(m.Id)))];
    }

    public async Task<MeetingDetails> ShowAsync(Guid meetingId, CancellationToken ct)
    {
        await using var db = await ModuleUnitOfWork.BeginAsync<MeetingsDbContext>(options.Value.ConnectionString, ct);
        var meeting = await MeetingPlanner.FindAsync(db, meetingId, ct);
        var body = await db.Domain.Bodies.AsNoTracking().SingleAsync(b => b.Id == meeting.BodyId, ct);
        var participants = await db.Meetings.Participants.AsNoTracking().Where(p => p.BodyId == body.Id && p.MeetingId == meetingId).OrderBy(p => p.Role).ThenBy(p => p.Email).ToListAsync(ct);
        var items = await db.Meetings.AgendaItems.AsNoTracking().Where(i => i.BodyId == body.Id && i.MeetingId == meetingId).ToDictionaryAsync(i => i.Id, ct);
        var tallies = await AgendaBoard.TallyAsync(db.Meetings, meetingId, ct);
        var actions = await db.Meetings.ActionItems.AsNoTracking().Where(a => a.BodyId == body.Id && a.MeetingId == meetingId).OrderBy(a => a.DueOn).ThenBy(a => a.Title).ToListAsync(ct);
        return new MeetingDetails(
            Summary(meeting, body.Code, items.Count, actions.Count), meeting.Location, Local(meeting, meeting.AgendaCutoff), Local(meeting, meeting.SettleBy),
            Local(meeting, meeting.AgendaSettledAt), meeting.MinutesFileName,
            [.. participants.Select(p => new ParticipantView(p.Name, p.Email, p.Role, p.SteeringCommittee, p.Attendance))],
            [.. tallies.Select(t => items[t.ItemId]).Zip(tallies).Select(pair => new AgendaItemView(pair.First.Id, pair.First.Title, pair.First.Details, pair.First.ProposedBy,
                pair.First.Source, pair.First.Status, pair.First.Position, pair.Second.Approvals, pair.Second.Rejections, pair.First.OriginItemId, pair.First.ForwardedToItemId))],
            [.. actions.Select(a => new ActionItemView(a.Id, a.Title, a.OwnerName, a.OwnerEmail, a.DueOn, a.Status))]);
    }

    private static MeetingSummary Summary(MeetingRow m, string bodyCode, int items, int actions) =>
        new(m.Id, bodyCode, m.Kind, m.Period, m.Title, m.Status, m.TargetDate, Local(m, m.StartsAt), Local(m, m.EndsAt), m.TimeZoneId, m.Sequence, items, actions, m.WorkflowInstanceId);

    private static DateTimeOffset? Local(MeetingRow m, DateTimeOffset? instant) => instant is { } at ? BodyTime.Local(at, m.TimeZoneId) : null;
}
