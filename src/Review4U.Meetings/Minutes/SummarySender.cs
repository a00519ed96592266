using System.Globalization;
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

namespace Review4U.Meetings.Minutes;

/// <summary>
/// The summary (minutes attached, agenda, action items): to the government participants of a consultation, to the
/// Steering Committee for its own meetings. Once per (meeting, recipient).
/// </summary>
public sealed class SummarySender(IOutbox outbox, EmailTemplates templates)
{
    public async Task<int> SendAsync(ModuleUnitOfWork<MeetingsDbContext> db, MeetingRow meeting, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(meeting);
        var body = await db.Domain.Bodies.AsNoTracking().SingleAsync(b => b.Id == meeting.BodyId, ct);
        var participants = await db.Meetings.Participants.AsNoTracking().Where(p => p.MeetingId == meeting.Id).OrderBy(p => p.Email).ToListAsync(ct);
        var recipients = participants.Where(p => meeting.Kind == MeetingKinds.Consultation ? p.Role == ParticipantRoles.Government : p.SteeringCommittee).ToList();
        var approved = await db.Meetings.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meeting.Id && i.Status == AgendaItemStatuses.Approved).ToListAsync(ct);
        var actions = await db.Meetings.ActionItems.AsNoTracking().Where(a => a.MeetingId == meeting.Id).OrderBy(a => a.DueOn).ThenBy(a => a.Title).ToListAsync(ct);
        var actionsText = string.Join("\n", actions.Select(a => string.Create(CultureInfo.InvariantCulture, $"- {a.Title} ({a.OwnerName}, {a.DueOn:yyyy-MM-dd})")));
        var attended = participants.Count(p => p.Attendance == AttendanceStatuses.Attended);
        var minutes = new EmailAttachment(meeting.MinutesFileName!, meeting.MinutesContentType ?? "application/octet-stream", meeting.MinutesContent!);
        var identity = MeetingMail.IdentityOf(body);
        var emails = recipients.Select(p => MeetingMail.ToOutgoing(templates.Render(new ConsultationSummaryModel
        {
            Body = identity, RecipientName = p.Name, MeetingTitle = meeting.Title, HeldOn = BodyTime.Local(meeting.StartsAt!.Value, meeting.TimeZoneId),
            AttendeeCount = attended, AgendaText = MeetingMail.AgendaText(approved), ActionsText = actionsText, MinutesFileName = minutes.FileName,
        }, p.Language, body.DefaultLanguage), meeting, $"meeting:{meeting.Id:N}:summary:{p.Id:N}", p.Email, p.Name, contactId: p.ContactId)
            with { Attachments = [minutes] }).ToList();
        meeting.SummarySentAt = now;
        await db.Meetings.SaveChangesAsync(ct);
        return emails.Count == 0 ? 0 : await outbox.EnqueueAsync(db.Transaction, emails, ct);
    }
}
