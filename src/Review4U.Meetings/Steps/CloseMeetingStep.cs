using Review4U.Data.Modules;
using Review4U.Meetings.Data;
using Review4U.Meetings.Data.Rows;
using Review4U.Meetings.Model;
using Review4U.Workflows.Steps;

namespace Review4U.Meetings.Steps;

[StepType("meetingClose", Description = "Marks the meeting closed.", Outcomes = [Cancelled, Duplicate])]
public sealed class CloseMeetingStep : MeetingStep
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<MeetingsDbContext> db, MeetingRow meeting, StepContext context, CancellationToken ct)
    {
        meeting.Status = MeetingStatuses.Closed;
        await db.Meetings.SaveChangesAsync(ct);
        return StepResult.Completed();
    }
}
