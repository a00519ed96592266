using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Modules;
using Review4U.Domain;
using Review4U.Meetings.Data;
using Review4U.Meetings.Data.Rows;
using Review4U.Meetings.Invitations;
using Review4U.Meetings.Model;
using Review4U.Workflows.Runtime;

namespace Review4U.Meetings.Scheduling;

/// <summary>
/// The secretariat's dates. Proposing or rescheduling changes the row and raises the SEQUENCE, then publishes
/// <see cref="MeetingEvents.Changed"/>: the workflow's waiting step sends the (updated) invitations in its own
/// transaction. Cancelling sends METHOD:CANCEL here, in the same transaction, then cancels the workflow instance.
/// Every check runs before anything is written: a refused call changes nothing.
/// </summary>
public sealed class MeetingPlanner(InvitationSender invitations, IWorkflowRuntime runtime, IOptions<MeetingsOptions> options, TimeProvider time)
{
    public static readonly TimeSpan MaxLength = TimeSpan.FromHours(12);

    public Task<MeetingRow> ProposeDateAsync(Guid meetingId, MeetingDate date, CancellationToken ct) =>
        ChangeAsync(meetingId, (meeting, now) =>
        {
            if (meeting.Status != MeetingStatuses.AwaitingDate)
            {
                throw new DomainRuleException($"The meeting '{meeting.Title}' has a date already ({meeting.Status}); use reschedule to move it.");
            }

            Apply(meeting, date, now);
            meeting.Status = MeetingStatuses.Scheduled;
        }, ct);

    public Task<MeetingRow> RescheduleAsync(Guid meetingId, MeetingDate date, CancellationToken ct) =>
        ChangeAsync(meetingId, (meeting, now) =>
        {
            if (meeting.Status != MeetingStatuses.Scheduled || meeting.StartsAt <= now)
            {
                throw new DomainRuleException($"Only a scheduled meeting that has not started can be rescheduled; '{meeting.Title}' is {Describe(meeting, now)}.");
            }

            Apply(meeting, date, now);
            meeting.Sequence++;
        }, ct);

    public async Task<MeetingRow> CancelAsync(Guid meetingId, string? reason, CancellationToken ct)
    {
        MeetingRow meeting;
        await using (var db = await ModuleUnitOfWork.BeginAsync<MeetingsDbContext>(options.Value.ConnectionString, ct))
        {
            meeting = await FindAsync(db, meetingId, ct);
            var now = time.GetUtcNow();
            if (meeting.Status is not (MeetingStatuses.AwaitingDate or MeetingStatuses.Scheduled) || meeting.StartsAt <= now)
            {
                throw new DomainRuleException($"Only a meeting that has not started can be cancelled; '{meeting.Title}' is {Describe(meeting, now)}.");
            }

            meeting.Status = MeetingStatuses.Cancelled;
            meeting.CancelledAt = now;
            meeting.CancelReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
            await invitations.CancelAsync(db, meeting, ct);
            await db.Meetings.SaveChangesAsync(ct);
            await db.CommitAsync(ct);
        }

        if (meeting.WorkflowInstanceId is { } instanceId)
        {
            await runtime.CancelAsync(instanceId, "consultations cancel", ct);
        }

        return meeting;
    }

    internal static async Task<MeetingRow> FindAsync(ModuleUnitOfWork<MeetingsDbContext> db, Guid meetingId, CancellationToken ct) =>
        await db.Meetings.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId, ct)
        ?? throw new DomainRuleException($"No meeting has the id {meetingId}.");

    private async Task<MeetingRow> ChangeAsync(Guid meetingId, Action<MeetingRow, DateTimeOffset> change, CancellationToken ct)
    {
        MeetingRow meeting;
        await using (var db = await ModuleUnitOfWork.BeginAsync<MeetingsDbContext>(options.Value.ConnectionString, ct))
        {
            meeting = await FindAsync(db, meetingId, ct);
            change(meeting, time.GetUtcNow());
            await db.Meetings.SaveChangesAsync(ct);
            await db.CommitAsync(ct);
        }

        await runtime.PublishEventAsync(MeetingEvents.Changed, MeetingEvents.Key(meetingId), null, ct);
        return meeting;
    }

    private static void Apply(MeetingRow meeting, MeetingDate date, DateTimeOffset now)
    {
        if (date.Length <= TimeSpan.Zero || date.Length > MaxLength)
        {
            throw new DomainRuleException($"--length: a meeting lasts more than 0 and at most {MaxLength.TotalHours:0} hours, not {date.Length}.");
        }

        var startsAt = BodyTime.At(date.LocalStart, meeting.TimeZoneId);
        if (startsAt - meeting.AgendaCutoffBefore <= now)
        {
            throw new DomainRuleException(string.Create(CultureInfo.InvariantCulture,
                $"--starts: {date.LocalStart:yyyy-MM-dd HH:mm} ({meeting.TimeZoneId}) leaves no time for agenda proposals: the cut-off ({meeting.AgendaCutoffBefore.TotalDays:0.#} days before) must be in the future."));
        }

        meeting.StartsAt = startsAt;
        meeting.EndsAt = startsAt + date.Length;
        meeting.Location = string.IsNullOrWhiteSpace(date.Location) ? meeting.Location : date.Location.Trim();
    }

    private static string Describe(MeetingRow meeting, DateTimeOffset now) =>
        meeting.Status == MeetingStatuses.Scheduled && meeting.StartsAt <= now ? "under way or over" : meeting.Status;
}
