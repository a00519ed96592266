using Review4U.Data.Modules;
using Review4U.Meetings.Data;
using Review4U.Meetings.Data.Rows;
using Review4U.Meetings.Invitations;
using Review4U.Workflows.Steps;

namespace Review4U.Meetings.Steps;

[StepType("meetingAwaitMinutes", Description = "Waits for the secretariat's minutes (consultations minutes); re-sends invitations after a late reschedule.", Outcomes = [Cancelled, Duplicate])]
public sealed class AwaitMinutesStep(InvitationSender invitations) : MeetingStep
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<MeetingsDbContext> db, MeetingRow meeting, StepContext context, CancellationToken ct)
    {
        await invitations.SyncAsync(db, meeting, ct);
        return meeting.MinutesUploadedAt is null ? WaitForChange(meeting) : StepResult.Completed();
    }
}
