using Review4U.Data.Modules;
using Review4U.Meetings.Agenda;
using Review4U.Meetings.Data;
using Review4U.Meetings.Data.Rows;
using Review4U.Meetings.Invitations;
using Review4U.Workflows.Steps;

namespace Review4U.Meetings.Steps;

/// <summary>
/// Sends the agenda call once, then waits until the cut-off. Every wake-up looks again: a reschedule moves the
/// cut-off (and its updated invitations go out here), a proposal changes nothing to wait for.
/// </summary>
[StepType("meetingCollectAgenda", Description = "Calls for agenda items (link or email reply) and waits until the cut-off; re-sends invitations after a reschedule.", Outcomes = [Cancelled, Duplicate])]
public sealed class CollectAgendaStep(InvitationSender invitations, AgendaCall call) : MeetingStep
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<MeetingsDbContext> db, MeetingRow meeting, StepContext context, CancellationToken ct)
    {
        var now = context.Time.GetUtcNow();
        await invitations.SyncAsync(db, meeting, ct);
        if (meeting.AgendaCallSentAt is null && now < meeting.AgendaCutoff)
        {
            await call.SendAsync(db, meeting, ct);
            meeting.AgendaCallSentAt = now;
            await db.Meetings.SaveChangesAsync(ct);
        }

        return now >= meeting.AgendaCutoff ? StepResult.Completed() : WaitForChange(meeting, meeting.AgendaCutoff);
    }
}
