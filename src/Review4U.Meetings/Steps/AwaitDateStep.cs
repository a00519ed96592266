using Review4U.Data.Modules;
using Review4U.Meetings.Data;
using Review4U.Meetings.Data.Rows;
using Review4U.Meetings.Invitations;
using Review4U.Workflows.Steps;

namespace Review4U.Meetings.Steps;

[StepType("meetingAwaitDate", Description = "Waits for the secretariat's date (consultations propose-date), then sends the iCalendar invitations.", Outcomes = [Cancelled, Duplicate])]
public sealed class AwaitDateStep(InvitationSender invitations) : MeetingStep
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<MeetingsDbContext> db, MeetingRow meeting, StepContext context, CancellationToken ct)
    {
        if (meeting.StartsAt is null)
        {
            return WaitForChange(meeting);
        }

        await invitations.SyncAsync(db, meeting, ct);
        return StepResult.Completed();
    }
}
