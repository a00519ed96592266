using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;
using Review4U.Meetings.Data;
using Review4U.Meetings.Data.Rows;
using Review4U.Meetings.Model;
using Review4U.Workflows.Steps;

namespace Review4U.Meetings.Steps;

/// <summary>
/// Shared plumbing of the meeting steps: parse the id, join the step's transaction, load the meeting. A cancelled
/// meeting completes every step at once with outcome <c>cancelled</c> (cancelling also cancels the instance); so does a
/// meeting another instance runs (<c>duplicate</c>: a trigger occurrence after a manual <c>schedule</c> of the same period).
/// </summary>
public abstract class MeetingStep : IStep<MeetingStepParameters>
{
    public const string Cancelled = "cancelled";
    public const string Duplicate = "duplicate";

    public async ValueTask<StepResult> ExecuteAsync(MeetingStepParameters parameters, StepContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(context);
        if (!Guid.TryParse(parameters.MeetingId, out var meetingId))
        {
            return StepResult.Failed($"meetingId: expected a GUID, got '{parameters.MeetingId}'.", retryable: false);
        }

        await using var db = await ModuleUnitOfWork.JoinAsync<MeetingsDbContext>(context.Transaction, ct);
        var meeting = await db.Meetings.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null)
        {
            return StepResult.Failed($"meetingId: no meeting has the id {meetingId}.", retryable: false);
        }

        if (meeting.WorkflowInstanceId is { } owner && owner != context.InstanceId)
        {
            return StepResult.Completed(outcome: Duplicate);
        }

        return meeting.Status == MeetingStatuses.Cancelled
            ? StepResult.Completed(outcome: Cancelled)
            : await ExecuteAsync(db, meeting, context, ct);
    }

    protected abstract Task<StepResult> ExecuteAsync(ModuleUnitOfWork<MeetingsDbContext> db, MeetingRow meeting, StepContext context, CancellationToken ct);

    /// <summary>Waits for the next change of the meeting, or until <paramref name="wakeAt"/>.</summary>
    protected static StepResult WaitForChange(MeetingRow meeting, DateTimeOffset? wakeAt = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return StepResult.Suspended(MeetingEvents.Changed, MeetingEvents.Key(meeting.Id), wakeAt);
    }
}
