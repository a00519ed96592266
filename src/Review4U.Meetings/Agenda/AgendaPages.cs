using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Modules;
using Review4U.Meetings.Data;
using Review4U.Meetings.Model;
using Review4U.Meetings.Scheduling;

namespace Review4U.Meetings.Agenda;

/// <summary>The read side of the personal-link pages (propose items, vote on them).</summary>
public sealed class AgendaPages(AgendaProposals proposals, IOptions<MeetingsOptions> options, TimeProvider time)
{
    public async Task<AgendaPage> OpenAsync(Guid meetingId, string token, CancellationToken ct)
    {
        await using var db = await ModuleUnitOfWork.BeginAsync<MeetingsDbContext>(options.Value.ConnectionString, ct);
        var (access, message) = await proposals.OpenAsync(db, meetingId, token, ct);
        if (access is null)
        {
            return AgendaPage.Refused(message);
        }

        var (meeting, participant) = access;
        var body = await db.Domain.Bodies.AsNoTracking().SingleAsync(b => b.Id == meeting.BodyId, ct);
        var items = await db.Meetings.AgendaItems.AsNoTracking().Where(i => i.BodyId == meeting.BodyId && i.MeetingId == meetingId).OrderBy(i => i.ProposedAt).ThenBy(i => i.Id).ToListAsync(ct);
        var votes = await db.Meetings.AgendaVotes.AsNoTracking().Where(v => v.MeetingId == meetingId && v.ParticipantId == participant.Id).ToDictionaryAsync(v => v.AgendaItemId, v => v.Approve, ct);
        var now = time.GetUtcNow();
        var votingOpen = participant.SteeringCommittee && meeting.Status == MeetingStatuses.Scheduled && meeting.AgendaSettledAt is null && meeting.AgendaCutoff <= now && now < meeting.SettleBy;
        DateTimeOffset? Local(DateTimeOffset? at) => at is { } value ? BodyTime.Local(value, meeting.TimeZoneId) : null;
        return new AgendaPage(
            null, meeting.Title, body.Name, Local(meeting.StartsAt), meeting.TimeZoneId, Local(meeting.AgendaCutoff), Local(meeting.SettleBy), participant.Name, participant.Language,
            participant.SteeringCommittee, proposals.Check(meeting, "title") is null, votingOpen,
            [.. items.Select(i => new AgendaPageItem(i.Id, i.Title, i.Details, i.ProposedBy, i.ParticipantId == participant.Id, votes.TryGetValue(i.Id, out var v) ? v : null))]);
    }
}
