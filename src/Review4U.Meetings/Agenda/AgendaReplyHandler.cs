using Microsoft.EntityFrameworkCore;
using Npgsql;
using Review4U.Data.Modules;
using Review4U.Email.Inbound;
using Review4U.Meetings.Data;
using Review4U.Meetings.Emails;
using Review4U.Meetings.Model;
using Review4U.Workflows.Runtime;

namespace Review4U.Meetings.Agenda;

/// <summary>
/// Agenda items by email: a reply to an agenda call (category <c>agenda-call</c>) before the cut-off becomes an item,
/// its first non-empty line the title (cut to 300 characters), the rest the details. After the cut-off nothing is
/// written: the reply stays in <c>email.inbound</c>. Runs in the email module's transaction, so it happens once.
/// </summary>
public sealed class AgendaReplyHandler(AgendaProposals proposals, IWorkflowRuntime runtime, Microsoft.Extensions.Options.IOptions<Email.Options.EmailOptions> email) : IReplyHandler
{
    public const string Category = "agenda-call";

    public async Task<ReplyAcknowledgement?> HandleAsync(NpgsqlTransaction transaction, InboundReply reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.TaskId is not { } participantId)
        {
            return null;
        }

        await using var db = await ModuleUnitOfWork.JoinAsync<MeetingsDbContext>(transaction, ct);
        var participant = await db.Meetings.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.Id == participantId && p.BodyId == reply.BodyId, ct);
        var meeting = participant is null ? null : await db.Meetings.Meetings.AsNoTracking().SingleAsync(m => m.Id == participant.MeetingId, ct);
        if (participant is null || meeting is null)
        {
            return null;
        }

        var body = await db.Domain.Bodies.AsNoTracking().SingleAsync(b => b.Id == meeting.BodyId, ct);
        var acknowledgement = new ReplyAcknowledgement(MeetingMail.IdentityOf(body), meeting.Title, new Uri(email.Value.PublicBaseUrl, $"bodies/{body.Code}/meetings.ics"), participant.Name);
        var lines = reply.Text.Split('\n').Select(l => l.Trim()).ToList();
        var title = lines.FirstOrDefault(l => l.Length > 0) ?? "";
        if (title.Length > AgendaProposals.MaxTitleLength)
        {
            title = title[..AgendaProposals.MaxTitleLength];
        }

        if (proposals.Check(meeting, title) is not null)
        {
            return acknowledgement; // after the cut-off, or an empty reply: kept as a comment only
        }

        var details = string.Join("\n", lines.SkipWhile(l => l.Length == 0).Skip(1)).Trim();
        proposals.Add(db, meeting, participant, title, details, AgendaSources.Email);
        await db.Meetings.SaveChangesAsync(ct);
        // Published before the email module commits: the waiting step may look too early; its next wake-up sees the item.
        await runtime.PublishEventAsync(MeetingEvents.Changed, MeetingEvents.Key(meeting.Id), null, ct);
        return acknowledgement;
    }
}
