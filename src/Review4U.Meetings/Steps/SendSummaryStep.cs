using Review4U.Data.Modules;
using Review4U.Meetings.Data;
using Review4U.Meetings.Data.Rows;
using Review4U.Meetings.Minutes;
using Review4U.Workflows.Steps;

namespace Review4U.Meetings.Steps;

[StepType("meetingSendSummary", Description = "Sends the summary (minutes attached, agenda, action items) to the government (consultation) or the Steering Committee.", Outcomes = [Cancelled, Duplicate])]
public sealed class SendSummaryStep(SummarySender summary) : MeetingStep
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<MeetingsDbContext> db, MeetingRow meeting, StepContext context, CancellationToken ct)
    {
        if (meeting.SummarySentAt is null)
        {
            await summary.SendAsync(db, meeting, context.Time.GetUtcNow(), ct);
        }

        return StepResult.Completed();
    }
}
