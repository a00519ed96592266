using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Modules;
using Review4U.Domain;
using Review4U.Email.MagicLinks;
using Review4U.Meetings.Data;
using Review4U.Meetings.Data.Rows;
using Review4U.Meetings.Model;
using Review4U.Meetings.Scheduling;
using Review4U.Workflows.Runtime;

namespace Review4U.Meetings.Agenda;

/// <summary>
/// Agenda items proposed by members (personal link or email reply) or added by the secretariat, until the cut-off.
/// Each proposal wakes the workflow (<see cref="MeetingEvents.Changed"/>). A refusal writes nothing.
/// </summary>
public sealed class AgendaProposals(IMagicLinkService links, IWorkflowRuntime runtime, IOptions<MeetingsOptions> options, TimeProvider time)
{
    public const int MaxTitleLength = 300;

    /// <summary>The participant a personal link opens, or why it opens nothing.</summary>
    public async Task<(ParticipantAccess? Access, string Message)> OpenAsync(ModuleUnitOfWork<MeetingsDbContext> db, Guid meetingId, string token, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var resolution = await links.ResolveAsync(token, ct);
        if (!resolution.IsValid || resolution.Scope is null)
        {
            return (null, resolution.Status == MagicLinkStatus.Expired ? "This link has expired." : "This link is not valid.");
        }

        var participant = await db.Meetings.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.Id == resolution.Scope.TaskId && p.MeetingId == meetingId, ct);
        var meeting = participant is null ? null : await db.Meetings.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId && m.BodyId == resolution.Scope.BodyId, ct);
        return meeting is null || participant is null ? (null, "This link does not open this meeting.") : (new ParticipantAccess(meeting, participant), "");
    }

    public async Task<AgendaResult> ProposeByLinkAsync(Guid meetingId, string token, string title, string? details, CancellationToken ct)
    {
        await using var db = await ModuleUnitOfWork.BeginAsync<MeetingsDbContext>(options.Value.ConnectionString, ct);
        var (access, message) = await OpenAsync(db, meetingId, token, ct);
        if (access is null)
        {
            return AgendaResult.Refused(message);
        }

        var refusal = Check(access.Meeting, title);
        if (refusal is not null)
        {
            return AgendaResult.Refused(refusal);
        }

        Add(db, access.Meeting, access.Participant, title, details, AgendaSources.Link);
        await db.Meetings.SaveChangesAsync(ct);
        await db.CommitAsync(ct);
        await runtime.PublishEventAsync(MeetingEvents.Changed, MeetingEvents.Key(meetingId), null, ct);
        return AgendaResult.Ok("Thank you: your item is on the list the Steering Committee will settle.");
    }

    /// <summary>The secretariat's own item (CLI); same cut-off.</summary>
    public async Task<AgendaItemRow> AddBySecretariatAsync(Guid meetingId, string title, string? details, CancellationToken ct)
    {
        AgendaItemRow item;
        await using (var db = await ModuleUnitOfWork.BeginAsync<MeetingsDbContext>(options.Value.ConnectionString, ct))
        {
            var meeting = await MeetingPlanner.FindAsync(db, meetingId, ct);
            if (Check(meeting, title) is { } refusal)
            {
                throw new DomainRuleException(refusal);
            }

            item = Add(db, meeting, null, title, details, AgendaSources.Secretariat);
            await db.Meetings.SaveChangesAsync(ct);
            await db.CommitAsync(ct);
        }

        await runtime.PublishEventAsync(MeetingEvents.Changed, MeetingEvents.Key(meetingId), null, ct);
        return item;
    }

    /// <summary>Null when an item with this title may be proposed to the meeting now, else why not.</summary>
    public string? Check(MeetingRow meeting, string? title)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var now = time.GetUtcNow();
        if (meeting.Status != MeetingStatuses.Scheduled || meeting.AgendaCutoff is not { } cutoff)
        {
            return $"The agenda of '{meeting.Title}' is not open for proposals (the meeting is {meeting.Status}).";
        }

        if (now >= cutoff)
        {
            return $"The agenda of '{meeting.Title}' closed for proposals on {BodyTime.Local(cutoff, meeting.TimeZoneId):yyyy-MM-dd HH:mm} ({meeting.TimeZoneId}).";
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            return "--title: an agenda item needs a title.";
        }

        return title.Trim().Length > MaxTitleLength ? $"--title: at most {MaxTitleLength} characters." : null;
    }

    internal AgendaItemRow Add(ModuleUnitOfWork<MeetingsDbContext> db, MeetingRow meeting, ParticipantRow? participant, string title, string? details, string source)
    {
        var item = new AgendaItemRow
        {
            Id = Guid.CreateVersion7(), BodyId = meeting.BodyId, MeetingId = meeting.Id, Title = title.Trim(),
            Details = string.IsNullOrWhiteSpace(details) ? null : details.Trim(), ProposedBy = participant?.Name ?? "Secretariat",
            ParticipantId = participant?.Id, Source = source, Status = AgendaItemStatuses.Proposed, ProposedAt = time.GetUtcNow(),
        };
        db.Meetings.AgendaItems.Add(item);
        return item;
    }
}
