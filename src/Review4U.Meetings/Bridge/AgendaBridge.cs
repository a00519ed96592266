using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Modules;
using Review4U.Domain;
using Review4U.Domain.Bodies;
using Review4U.Meetings.Data;
using Review4U.Meetings.Data.Rows;
using Review4U.Meetings.Model;
using Review4U.Workflows.Runtime;

namespace Review4U.Meetings.Bridge;

/// <summary>
/// The concept notes' bridge: an agenda item raised in a national alliance goes on the agenda of its regional network's
/// next consultation (the network whose member countries include the alliance's country), as a proposal the network's
/// Steering Committee settles like any other, keeping the origin (body, meeting, item). Forwarding twice adds it once.
/// </summary>
public sealed class AgendaBridge(IWorkflowRuntime runtime, IOptions<MeetingsOptions> options, TimeProvider time)
{
    public async Task<ForwardedItem> ForwardAsync(Guid itemId, CancellationToken ct)
    {
        ForwardedItem result;
        await using (var db = await ModuleUnitOfWork.BeginAsync<MeetingsDbContext>(options.Value.ConnectionString, ct))
        {
            var origin = await db.Meetings.AgendaItems.SingleOrDefaultAsync(i => i.Id == itemId, ct)
                ?? throw new DomainRuleException($"No agenda item has the id {itemId}.");
            var alliance = await db.Domain.Bodies.AsNoTracking().SingleAsync(b => b.Id == origin.BodyId, ct);
            if (alliance.Kind != BodyKind.NationalAlliance || alliance.Country is null)
            {
                throw new DomainRuleException($"Only a national alliance's items go to a regional network; {alliance.Code} is a network.");
            }

            var networks = await db.Domain.Bodies.AsNoTracking().Where(b => b.Kind == BodyKind.RegionalNetwork).OrderBy(b => b.Code).ToListAsync(ct);
            var network = networks.Find(n => n.MemberCountries.Contains(alliance.Country))
                ?? throw new DomainRuleException($"No regional network counts {alliance.Country} among its member countries.");
            var now = time.GetUtcNow();
            var candidates = await db.Meetings.Meetings
                .Where(m => m.BodyId == network.Id && m.Kind == MeetingKinds.Consultation && (m.Status == MeetingStatuses.AwaitingDate || m.Status == MeetingStatuses.Scheduled))
                .ToListAsync(ct);
            var target = candidates.Where(m => m.StartsAt is null || m.AgendaCutoff > now).OrderBy(m => m.StartsAt ?? DateTimeOffset.MaxValue).ThenBy(m => m.Period).FirstOrDefault()
                ?? throw new DomainRuleException($"{network.Code} has no consultation whose agenda is open; schedule one first (consultations schedule --body {network.Code}).");
            var existing = await db.Meetings.AgendaItems.SingleOrDefaultAsync(i => i.MeetingId == target.Id && i.OriginItemId == itemId, ct);
            if (existing is null)
            {
                existing = new AgendaItemRow
                {
                    Id = Guid.CreateVersion7(), BodyId = network.Id, MeetingId = target.Id, Title = origin.Title,
                    Details = $"Raised in {alliance.Code} ({alliance.Name}).{(origin.Details is null ? "" : "\n" + origin.Details)}",
                    ProposedBy = alliance.Code, Source = AgendaSources.Forwarded, Status = AgendaItemStatuses.Proposed, ProposedAt = now,
                    OriginBodyId = alliance.Id, OriginMeetingId = origin.MeetingId, OriginItemId = origin.Id,
                };
                db.Meetings.AgendaItems.Add(existing);
                origin.ForwardedToItemId = existing.Id;
                await db.Meetings.SaveChangesAsync(ct);
                await db.CommitAsync(ct);
                result = new ForwardedItem(existing.Id, network.Code, target.Id, target.Title, Created: true);
            }
            else
            {
                result = new ForwardedItem(existing.Id, network.Code, target.Id, target.Title, Created: false);
            }
        }

        await runtime.PublishEventAsync(MeetingEvents.Changed, MeetingEvents.Key(result.MeetingId), null, ct);
        return result;
    }
}
