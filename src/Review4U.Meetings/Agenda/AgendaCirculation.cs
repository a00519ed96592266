using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;
using Review4U.Email.Outbox;
using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;
using Review4U.Meetings.Data;
using Review4U.Meetings.Data.Rows;
using Review4U.Meetings.Emails;
using Review4U.Meetings.Model;
using Review4U.Meetings.Scheduling;

namespace Review4U.Meetings.Agenda;

/// <summary>The settled agenda to every participant (government included), once per (meeting, participant).</summary>
public sealed class AgendaCirculation(IOutbox outbox, EmailTemplates templates)
{
    public async Task<int> SendAsync(ModuleUnitOfWork<MeetingsDbContext> db, MeetingRow meeting, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(meeting);
        var body = await db.Domain.Bodies.AsNoTracking().SingleAsync(b => b.Id == meeting.BodyId, ct);
        var participants = await db.Meetings.Participants.AsNoTracking().Where(p => p.MeetingId == meeting.Id).OrderBy(p => p.Email).ToListAsync(ct);
        var approved = await db.Meetings.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meeting.Id && i.Status == AgendaItemStatuses.Approved).ToListAsync(ct);
        var agenda = MeetingMail.AgendaText(approved);
        var identity = MeetingMail.IdentityOf(body);
        var emails = participants.Select(p => MeetingMail.ToOutgoing(templates.Render(new AgendaCirculatedModel
        {
            Body = identity, RecipientName = p.Name, MeetingTitle = meeting.Title, StartsAt = BodyTime.Local(meeting.StartsAt!.Value, meeting.TimeZoneId),
            TimeZone = meeting.TimeZoneId, Location = meeting.Location ?? "", AgendaText = agenda,
        }, p.Language, body.DefaultLanguage), meeting, $"meeting:{meeting.Id:N}:agenda:{p.Id:N}", p.Email, p.Name, contactId: p.ContactId)).ToList();
        meeting.AgendaCirculatedAt = now;
        await db.Meetings.SaveChangesAsync(ct);
        return emails.Count == 0 ? 0 : await outbox.EnqueueAsync(db.Transaction, emails, ct);
    }
}
