using Microsoft.EntityFrameworkCore;
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

namespace Review4U.Meetings.Agenda;

/// <summary>
/// Asks every member participant (not the government) for agenda items: a personal link (scope: the participant row)
/// and a reply token (the email names the participant as its task), one email per (meeting, participant).
/// </summary>
public sealed class AgendaCall(IMagicLinkService links, IOutbox outbox, EmailTemplates templates, MeetingLinks urls)
{
    public async Task<int> SendAsync(ModuleUnitOfWork<MeetingsDbContext> db, MeetingRow meeting, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(meeting);
        var body = await db.Domain.Bodies.AsNoTracking().SingleAsync(b => b.Id == meeting.BodyId, ct);
        var participants = await db.Meetings.Participants.AsNoTracking()
            .Where(p => p.MeetingId == meeting.Id && p.Role == ParticipantRoles.Member).OrderBy(p => p.Email).ToListAsync(ct);
        var cutoff = meeting.AgendaCutoff!.Value;
        var tokens = await links.IssueManyAsync(db.Transaction,
            [.. participants.Select(p => (new MagicLinkScope(meeting.BodyId, p.Id, p.ContactId ?? p.Id), links.DefaultExpiry(meeting.SettleBy!.Value)))], ct);
        var identity = MeetingMail.IdentityOf(body);
        var emails = participants.Select((p, i) => MeetingMail.ToOutgoing(templates.Render(new AgendaCallModel
        {
            Body = identity, RecipientName = p.Name, MeetingTitle = meeting.Title,
            StartsAt = BodyTime.Local(meeting.StartsAt!.Value, meeting.TimeZoneId), TimeZone = meeting.TimeZoneId,
            Cutoff = BodyTime.Local(cutoff, meeting.TimeZoneId), ProposeUrl = urls.Propose(meeting.Id, tokens[i]),
        }, p.Language, body.DefaultLanguage), meeting, $"meeting:{meeting.Id:N}:agenda-call:{p.Id:N}", p.Email, p.Name, taskId: p.Id, contactId: p.ContactId)).ToList();
        return emails.Count == 0 ? 0 : await outbox.EnqueueAsync(db.Transaction, emails, ct);
    }
}
