using Review4U.Data.Modules;
using Review4U.Meetings.Actions;
using Review4U.Meetings.Data;
using Review4U.Meetings.Data.Rows;
using Review4U.Workflows.Steps;

namespace Review4U.Meetings.Steps;

[StepType("meetingFollowUpActions", Description = "Reminds action-item owners before the due day and tells them when overdue, until every item is done or overdue.", Outcomes = [Cancelled, Duplicate])]
public sealed class FollowUpActionsStep(ActionFollowUp followUp) : MeetingStep
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<MeetingsDbContext> db, MeetingRow meeting, StepContext context, CancellationToken ct)
    {
        var next = await followUp.RunAsync(db, meeting, context.Time.GetUtcNow(), ct);
        return next is null ? StepResult.Completed() : WaitForChange(meeting, next);
    }
}
