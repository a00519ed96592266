using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Modules;
using Review4U.Domain;
using Review4U.Meetings.Data;
using Review4U.Meetings.Data.Rows;
using Review4U.Meetings.Model;
using Review4U.Meetings.Scheduling;
using Review4U.Workflows.Runtime;

namespace Review4U.Meetings.Minutes;

/// <summary>
/// The secretariat's records of a meeting: registrations and attendance, the minutes with their action items, action
/// items added or done later. Every input is checked before anything is written; each change wakes the workflow.
/// </summary>
public sealed class MeetingRecords(IWorkflowRuntime runtime, IOptions<MeetingsOptions> options, TimeProvider time)
{
    public const int MaxMinutesBytes = 20 * 1024 * 1024;

    /// <summary>Records one status for the given participants (by email); returns how many rows changed.</summary>
    public Task<int> RecordAttendanceAsync(Guid meetingId, IReadOnlyList<string> emails, string status, CancellationToken ct) =>
        ChangeAsync(meetingId, async (db, meeting, now) =>
        {
            ArgumentNullException.ThrowIfNull(emails);
            if (!AttendanceStatuses.Recordable.Contains(status))
            {
                throw new DomainRuleException($"--status: expected one of {string.Join(", ", AttendanceStatuses.Recordable)}, got '{status}'.");
            }

            if (meeting.Status is MeetingStatuses.Cancelled or MeetingStatuses.AwaitingDate)
            {
                throw new DomainRuleException($"The meeting '{meeting.Title}' is {meeting.Status}: there is no attendance to record.");
            }

            if (emails.Count == 0)
            {
                throw new DomainRuleException("--email: give at least one participant's address.");
            }

            var participants = await db.Meetings.Participants.Where(p => p.MeetingId == meeting.Id).ToListAsync(ct);
            var unknown = emails.Where(e => !participants.Exists(p => string.Equals(p.Email, e.Trim(), StringComparison.OrdinalIgnoreCase))).ToList();
            if (unknown.Count > 0)
            {
                throw new DomainRuleException($"--email: not invited to '{meeting.Title}': {string.Join(", ", unknown)}.");
            }

            foreach (var participant in participants.Where(p => emails.Any(e => string.Equals(p.Email, e.Trim(), StringComparison.OrdinalIgnoreCase))))
            {
                participant.Attendance = status;
                participant.AttendanceAt = now;
            }

            return emails.Count;
        }, ct);

    /// <summary>The minutes and the action items decided; the meeting becomes held and the workflow sends the summary.</summary>
    public Task<int> UploadMinutesAsync(Guid meetingId, MinutesFile file, IReadOnlyList<ActionItemInput> actions, CancellationToken ct) =>
        ChangeAsync(meetingId, async (db, meeting, now) =>
        {
            ArgumentNullException.ThrowIfNull(file);
            ArgumentNullException.ThrowIfNull(actions);
            if (meeting.Status != MeetingStatuses.Scheduled || meeting.StartsAt > now)
            {
                throw new DomainRuleException(meeting.Status == MeetingStatuses.Held
                    ? $"The minutes of '{meeting.Title}' are uploaded already ({meeting.MinutesFileName})."
                    : $"Minutes come after the meeting: '{meeting.Title}' is {(meeting.Status == MeetingStatuses.Scheduled ? "still ahead" : meeting.Status)}.");
            }

            if (file.Content.Length == 0 || file.Content.Length > MaxMinutesBytes)
            {
                throw new DomainRuleException($"--file: the minutes must be a non-empty file of at most {MaxMinutesBytes / 1024 / 1024} MB ({file.FileName} has {file.Content.Length} bytes).");
            }

            var rows = await ActionRowsAsync(db, meeting, actions, now, ct);
            meeting.MinutesFileName = Path.GetFileName(file.FileName);
            meeting.MinutesContentType = file.ContentType;
            meeting.MinutesContent = file.Content;
            meeting.MinutesUploadedAt = now;
            meeting.Status = MeetingStatuses.Held;
            db.Meetings.ActionItems.AddRange(rows);
            return rows.Count;
        }, ct);

    public Task<int> AddActionAsync(Guid meetingId, ActionItemInput action, CancellationToken ct) =>
        ChangeAsync(meetingId, async (db, meeting, now) =>
        {
            if (meeting.Status != MeetingStatuses.Held)
            {
                throw new DomainRuleException($"Action items follow the minutes: upload the minutes of '{meeting.Title}' first (it is {meeting.Status}).");
            }

            db.Meetings.ActionItems.AddRange(await ActionRowsAsync(db, meeting, [action], now, ct));
            return 1;
        }, ct);

    public async Task CompleteActionAsync(Guid actionId, CancellationToken ct)
    {
        Guid meetingId;
        await using (var db = await ModuleUnitOfWork.BeginAsync<MeetingsDbContext>(options.Value.ConnectionString, ct))
        {
            var action = await db.Meetings.ActionItems.SingleOrDefaultAsync(a => a.Id == actionId, ct)
                ?? throw new DomainRuleException($"No action item has the id {actionId}.");
            if (action.Status == ActionItemStatuses.Done)
            {
                throw new DomainRuleException($"The action item '{action.Title}' is done already.");
            }

            action.Status = ActionItemStatuses.Done;
            action.DoneAt = time.GetUtcNow();
            meetingId = action.MeetingId;
            await db.Meetings.SaveChangesAsync(ct);
            await db.CommitAsync(ct);
        }

        await runtime.PublishEventAsync(MeetingEvents.Changed, MeetingEvents.Key(meetingId), null, ct);
    }

    private static async Task<List<ActionItemRow>> ActionRowsAsync(ModuleUnitOfWork<MeetingsDbContext> db, MeetingRow meeting, IReadOnlyList<ActionItemInput> actions, DateTimeOffset now, CancellationToken ct)
    {
        var participants = await db.Meetings.Participants.AsNoTracking().Where(p => p.MeetingId == meeting.Id).ToListAsync(ct);
        var meetingDay = BodyTime.Today(meeting.StartsAt!.Value, meeting.TimeZoneId);
        var rows = new List<ActionItemRow>();
        var errors = new List<string>();
        foreach (var (action, index) in actions.Select((a, i) => (a, i + 1)))
        {
            var owner = participants.Find(p => string.Equals(p.Email, action.OwnerEmail?.Trim(), StringComparison.OrdinalIgnoreCase));
            var contact = owner is not null ? null : await db.Domain.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Email == Domain.Members.EmailAddresses.Normalise(action.OwnerEmail ?? ""), ct);
            var label = string.Create(CultureInfo.InvariantCulture, $"--action {index}");
            if (string.IsNullOrWhiteSpace(action.Title))
            {
                errors.Add($"{label}: the action item needs a title");
            }

            if (owner is null && contact is null)
            {
                errors.Add($"{label}: the owner '{action.OwnerEmail}' is neither a participant nor a member contact");
            }

            if (action.DueOn < meetingDay)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{label}: due {action.DueOn:yyyy-MM-dd} is before the meeting ({meetingDay:yyyy-MM-dd})"));
            }

            if (errors.Count == 0)
            {
                rows.Add(new ActionItemRow
                {
                    Id = Guid.CreateVersion7(), BodyId = meeting.BodyId, MeetingId = meeting.Id, Title = action.Title.Trim(),
                    OwnerContactId = owner?.ContactId ?? contact!.Id, OwnerName = owner?.Name ?? contact!.Name, OwnerEmail = owner?.Email ?? contact!.Email,
                    OwnerLanguage = owner?.Language ?? contact!.PreferredLanguage, DueOn = action.DueOn, Status = ActionItemStatuses.Open, CreatedAt = now,
                });
            }
        }

        return errors.Count == 0 ? rows : throw new DomainRuleException(string.Join("; ", errors) + ".");
    }

    private async Task<int> ChangeAsync(Guid meetingId, Func<ModuleUnitOfWork<MeetingsDbContext>, MeetingRow, DateTimeOffset, Task<int>> change, CancellationToken ct)
    {
        int result;
        await using (var db = await ModuleUnitOfWork.BeginAsync<MeetingsDbContext>(options.Value.ConnectionString, ct))
        {
            var meeting = await MeetingPlanner.FindAsync(db, meetingId, ct);
            result = await change(db, meeting, time.GetUtcNow());
            await db.Meetings.SaveChangesAsync(ct);
            await db.CommitAsync(ct);
        }

        await runtime.PublishEventAsync(MeetingEvents.Changed, MeetingEvents.Key(meetingId), null, ct);
        return result;
    }
}
