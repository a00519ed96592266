using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Modules;
using Review4U.Email.MagicLinks;
using Review4U.Email.Outbox;
using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;
using Review4U.Meetings.Data;
using Review4U.Meetings.Data.Rows;
using Review4U.Meetings.Emails;
using Review4U.Meetings.Model;
using Review4U.Meetings.Scheduling;
using Review4U.Workflows.Runtime;

namespace Review4U.Meetings.Agenda;

/// <summary>
/// The Steering Committee settles the agenda. The rule: after the cut-off each SC participant gets a personal link
/// listing the proposed items; an item is on the agenda once a majority of the SC (⌊n/2⌋+1, the quorum) approves it,
/// and off once so many reject it that the quorum is out of reach. The agenda is settled when every item is decided,
/// or when voting closes (cut-off + settle window, or at once after <c>consultations settle-agenda</c>): items
/// without the quorum then are left out. Each SC member's latest vote on an item counts.
/// </summary>
public sealed class AgendaBoard(IMagicLinkService links, IOutbox outbox, EmailTemplates templates, MeetingLinks urls, AgendaProposals proposals,
    IWorkflowRuntime runtime, IOptions<MeetingsOptions> options, TimeProvider time)
{
    public static int QuorumOf(int members) => (members / 2) + 1;

    public static async Task<IReadOnlyList<AgendaTally>> TallyAsync(MeetingsDbContext db, Guid meetingId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var voters = await db.Participants.CountAsync(p => p.MeetingId == meetingId && p.SteeringCommittee, ct);
        var items = await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meetingId).OrderBy(i => i.ProposedAt).ThenBy(i => i.Id).ToListAsync(ct);
        var votes = await db.AgendaVotes.AsNoTracking().Where(v => v.MeetingId == meetingId).ToListAsync(ct);
        return [.. items.Select(i => new AgendaTally(i.Id, i.Title, votes.Count(v => v.AgendaItemId == i.Id && v.Approve),
            votes.Count(v => v.AgendaItemId == i.Id && !v.Approve), QuorumOf(voters), voters))];
    }

    /// <summary>Review links to every SC participant, once per meeting (keyed).</summary>
    public async Task<int> RequestVotesAsync(ModuleUnitOfWork<MeetingsDbContext> db, MeetingRow meeting, int itemCount, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(meeting);
        var body = await db.Domain.Bodies.AsNoTracking().SingleAsync(b => b.Id == meeting.BodyId, ct);
        var committee = await db.Meetings.Participants.AsNoTracking().Where(p => p.MeetingId == meeting.Id && p.SteeringCommittee).OrderBy(p => p.Email).ToListAsync(ct);
        var settleBy = meeting.SettleBy!.Value;
        var tokens = await links.IssueManyAsync(db.Transaction,
            [.. committee.Select(p => (new MagicLinkScope(meeting.BodyId, p.Id, p.ContactId ?? p.Id), links.DefaultExpiry(settleBy)))], ct);
        var identity = MeetingMail.IdentityOf(body);
        var emails = committee.Select((p, i) => MeetingMail.ToOutgoing(templates.Render(new AgendaReviewModel
        {
            Body = identity, RecipientName = p.Name, MeetingTitle = meeting.Title, ItemCount = itemCount, Quorum = QuorumOf(committee.Count),
            SettleBy = BodyTime.Local(settleBy, meeting.TimeZoneId), ReviewUrl = urls.Review(meeting.Id, tokens[i]),
        }, p.Language, body.DefaultLanguage), meeting, $"meeting:{meeting.Id:N}:agenda-review:{p.Id:N}", p.Email, p.Name, contactId: p.ContactId)).ToList();
        return emails.Count == 0 ? 0 : await outbox.EnqueueAsync(db.Transaction, emails, ct);
    }

    /// <summary>An SC member's votes by their link (item id → approve), while voting is open.</summary>
    public async Task<AgendaResult> VoteAsync(Guid meetingId, string token, IReadOnlyDictionary<Guid, bool> votes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(votes);
        await using var db = await ModuleUnitOfWork.BeginAsync<MeetingsDbContext>(options.Value.ConnectionString, ct);
        var (access, message) = await proposals.OpenAsync(db, meetingId, token, ct);
        if (access is null)
        {
            return AgendaResult.Refused(message);
        }

        var (meeting, participant) = access;
        var now = time.GetUtcNow();
        if (!participant.SteeringCommittee)
        {
            return AgendaResult.Refused("Only members of the Steering Committee settle the agenda.");
        }

        if (meeting.AgendaSettledAt is not null || meeting.Status != MeetingStatuses.Scheduled || meeting.AgendaCutoff > now || meeting.SettleBy <= now)
        {
            return AgendaResult.Refused($"Voting on the agenda of '{meeting.Title}' is not open.");
        }

        var items = await db.Meetings.AgendaItems.Where(i => i.MeetingId == meetingId).Select(i => i.Id).ToListAsync(ct);
        if (votes.Keys.FirstOrDefault(id => !items.Contains(id)) is var unknown && unknown != Guid.Empty)
        {
            return AgendaResult.Refused($"The item {unknown} is not on the agenda of '{meeting.Title}'.");
        }

        var existing = await db.Meetings.AgendaVotes.Where(v => v.MeetingId == meetingId && v.ParticipantId == participant.Id).ToListAsync(ct);
        foreach (var (itemId, approve) in votes)
        {
            var vote = existing.Find(v => v.AgendaItemId == itemId);
            if (vote is null)
            {
                db.Meetings.AgendaVotes.Add(new AgendaVoteRow
                {
                    Id = Guid.CreateVersion7(), BodyId = meeting.BodyId, MeetingId = meetingId, AgendaItemId = itemId,
                    ParticipantId = participant.Id, Approve = approve, DecidedAt = now,
                });
            }
            else
            {
                vote.Approve = approve;
                vote.DecidedAt = now;
            }
        }

        await db.Meetings.SaveChangesAsync(ct);
        await db.CommitAsync(ct);
        await runtime.PublishEventAsync(MeetingEvents.Changed, MeetingEvents.Key(meetingId), null, ct);
        return AgendaResult.Ok("Thank you: your votes are recorded.");
    }

    /// <summary>Closes voting now (the secretariat, for the SC): the workflow settles with the votes cast so far.</summary>
    public async Task SettleNowAsync(Guid meetingId, CancellationToken ct)
    {
        await using (var db = await ModuleUnitOfWork.BeginAsync<MeetingsDbContext>(options.Value.ConnectionString, ct))
        {
            var meeting = await MeetingPlanner.FindAsync(db, meetingId, ct);
            var now = time.GetUtcNow();
            if (meeting.Status != MeetingStatuses.Scheduled || meeting.AgendaSettledAt is not null || meeting.AgendaCutoff > now)
            {
                throw new Domain.DomainRuleException(meeting.AgendaSettledAt is not null
                    ? $"The agenda of '{meeting.Title}' is settled already."
                    : $"The agenda of '{meeting.Title}' cannot be settled now: it is {meeting.Status}, proposals close at {meeting.AgendaCutoff:yyyy-MM-dd HH:mm} UTC.");
            }

            meeting.SettleNowAt = now;
            await db.Meetings.SaveChangesAsync(ct);
            await db.CommitAsync(ct);
        }

        await runtime.PublishEventAsync(MeetingEvents.Changed, MeetingEvents.Key(meetingId), null, ct);
    }

    /// <summary>Marks approved items (numbered in proposal order) and rejects the rest.</summary>
    public static async Task SettleAsync(ModuleUnitOfWork<MeetingsDbContext> db, MeetingRow meeting, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(meeting);
        var tallies = await TallyAsync(db.Meetings, meeting.Id, ct);
        var items = await db.Meetings.AgendaItems.Where(i => i.MeetingId == meeting.Id).ToDictionaryAsync(i => i.Id, ct);
        var position = 0;
        foreach (var tally in tallies)
        {
            var item = items[tally.ItemId];
            item.Status = tally.Approved ? AgendaItemStatuses.Approved : AgendaItemStatuses.Rejected;
            item.Position = tally.Approved ? ++position : null;
        }

        meeting.AgendaSettledAt = now;
        await db.Meetings.SaveChangesAsync(ct);
    }
}
