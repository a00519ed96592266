using Review4U.Data.Modules;
using Review4U.Meetings.Agenda;
using Review4U.Meetings.Data;
using Review4U.Meetings.Data.Rows;
using Review4U.Meetings.Invitations;
using Review4U.Workflows.Steps;

namespace Review4U.Meetings.Steps;

[StepType("meetingCirculateAgenda", Description = "Sends the settled agenda to every participant.", Outcomes = [Cancelled, Duplicate])]
public sealed class CirculateAgendaStep(InvitationSender invitations, AgendaCirculation circulation) : MeetingStep
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<MeetingsDbContext> db, MeetingRow meeting, StepContext context, CancellationToken ct)
    {
        await invitations.SyncAsync(db, meeting, ct);
        if (meeting.AgendaCirculatedAt is null)
        {
            await circulation.SendAsync(db, meeting, context.Time.GetUtcNow(), ct);
        }

        return StepResult.Completed();
    }
}
