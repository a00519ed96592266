using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Modules;
using Review4U.Documents.Calendar;
using Review4U.Email.Options;
using Review4U.Email.Outbox;
using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;
using Review4U.Meetings.Data;
using Review4U.Meetings.Data.Rows;
using Review4U.Meetings.Emails;
using Review4U.Meetings.Model;
using Review4U.Meetings.Scheduling;

namespace Review4U.Meetings.Invitations;

/// <summary>
/// Invitations as iCalendar (METHOD:REQUEST, attached as <c>text/calendar; method=REQUEST</c>) with the meeting's
/// current SEQUENCE, and cancellations (METHOD:CANCEL). Keyed per (meeting, sequence, participant): each version of
/// the date reaches each participant once, whoever sends it and however often.
/// </summary>
public sealed class InvitationSender(IOutbox outbox, EmailTemplates templates, IOptions<MeetingsOptions> options, IOptions<EmailOptions> email, TimeProvider time)
{
    public const string RequestContentType = "text/calendar; method=REQUEST";
    public const string CancelContentType = "text/calendar; method=CANCEL";

    /// <summary>Sends the current date's invitations when they have not gone out yet (a new date or a reschedule).</summary>
    public async Task<int> SyncAsync(ModuleUnitOfWork<MeetingsDbContext> db, MeetingRow meeting, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.Status == MeetingStatuses.Cancelled || meeting.StartsAt is null || meeting.InvitedSequence == meeting.Sequence)
        {
            return 0;
        }

        var change = meeting.InvitedSequence is null ? "new" : "updated";
        var sent = await SendAsync(db, meeting, change, ct);
        meeting.InvitedSequence = meeting.Sequence;
        await db.Meetings.SaveChangesAsync(ct);
        return sent;
    }

    /// <summary>METHOD:CANCEL to everyone invited, with SEQUENCE one above the last; the meeting's sequence becomes that one.</summary>
    public async Task<int> CancelAsync(ModuleUnitOfWork<MeetingsDbContext> db, MeetingRow meeting, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.StartsAt is null || meeting.InvitedSequence is null)
        {
            return 0; // nobody holds an invitation to withdraw
        }

        var sent = await SendAsync(db, meeting, "cancelled", ct);
        meeting.Sequence++;
        meeting.InvitedSequence = meeting.Sequence;
        return sent;
    }

    /// <summary>The meeting as the calendar documents see it.</summary>
    public Meeting ToCalendar(MeetingRow meeting, string bodyCode, IReadOnlyList<ParticipantRow> participants)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var organizer = new MeetingOrganizer(string.IsNullOrEmpty(options.Value.OrganizerEmail) ? email.Value.FromAddress : options.Value.OrganizerEmail, bodyCode);
        return new Meeting(
            meeting.Id, bodyCode, meeting.Title, meeting.StartsAt!.Value, meeting.EndsAt!.Value, meeting.TimeZoneId, organizer,
            [.. participants.Select(p => new MeetingAttendee(p.Email, p.Name, p.Role == ParticipantRoles.Government ? MeetingRole.Optional : MeetingRole.Required))],
            meeting.Sequence, Location: meeting.Location, IsCancelled: meeting.Status == MeetingStatuses.Cancelled);
    }

    private async Task<int> SendAsync(ModuleUnitOfWork<MeetingsDbContext> db, MeetingRow meeting, string change, CancellationToken ct)
    {
        var body = await db.Domain.Bodies.AsNoTracking().SingleAsync(b => b.Id == meeting.BodyId, ct);
        var participants = await db.Meetings.Participants.AsNoTracking().Where(p => p.MeetingId == meeting.Id).OrderBy(p => p.Email).ToListAsync(ct);
        var calendar = new MeetingCalendar(time);
        var cancelled = change == "cancelled";
        var ics = cancelled ? calendar.CreateCancellation(ToCalendar(meeting, body.Code, participants)) : calendar.CreateInvitation(ToCalendar(meeting, body.Code, participants));
        var attachment = new EmailAttachment(cancelled ? "cancel.ics" : "invite.ics", cancelled ? CancelContentType : RequestContentType, Encoding.UTF8.GetBytes(ics));
        var identity = MeetingMail.IdentityOf(body);
        var emails = participants.Select(p =>
        {
            var rendered = templates.Render(new MeetingInvitationModel
            {
                Body = identity, RecipientName = p.Name, MeetingTitle = meeting.Title, Change = change,
                StartsAt = BodyTime.Local(meeting.StartsAt!.Value, meeting.TimeZoneId), EndsAt = BodyTime.Local(meeting.EndsAt!.Value, meeting.TimeZoneId),
                TimeZone = meeting.TimeZoneId, Location = meeting.Location ?? "",
            }, p.Language, body.DefaultLanguage);
            var key = cancelled
                ? $"meeting:{meeting.Id:N}:cancel:{p.Id:N}"
                : string.Create(CultureInfo.InvariantCulture, $"meeting:{meeting.Id:N}:invitation:{meeting.Sequence}:{p.Id:N}");
            return MeetingMail.ToOutgoing(rendered, meeting, key, p.Email, p.Name, contactId: p.ContactId) with { Attachments = [attachment] };
        }).ToList();
        return emails.Count == 0 ? 0 : await outbox.EnqueueAsync(db.Transaction, emails, ct);
    }
}
