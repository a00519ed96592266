using Review4U.Data.Modules;
using Review4U.Meetings.Agenda;
using Review4U.Meetings.Data;
using Review4U.Meetings.Data.Rows;
using Review4U.Meetings.Invitations;
using Review4U.Meetings.Model;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.Meetings.Steps;

/// <summary>The Steering Committee's votes by link until every item is decided or voting closes (see <see cref="AgendaBoard"/>).</summary>
[StepType("meetingSettleAgenda", Description = "Asks the Steering Committee to approve the proposed items; settles when all are decided or voting closes.", Outcomes = [Cancelled, Duplicate])]
[StepOutput("approved", DataType.Int, Description = "Items on the settled agenda.")]
public sealed class SettleAgendaStep(InvitationSender invitations, AgendaBoard board) : MeetingStep
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<MeetingsDbContext> db, MeetingRow meeting, StepContext context, CancellationToken ct)
    {
        var now = context.Time.GetUtcNow();
        await invitations.SyncAsync(db, meeting, ct);
        var tallies = await AgendaBoard.TallyAsync(db.Meetings, meeting.Id, ct);
        if (meeting.AgendaSettledAt is null && (tallies.Count == 0 || tallies.All(t => t.Decided) || now >= meeting.SettleBy))
        {
            await AgendaBoard.SettleAsync(db, meeting, now, ct);
        }

        if (meeting.AgendaSettledAt is not null)
        {
            return StepResult.Completed(new Dictionary<string, object?> { ["approved"] = db.Meetings.AgendaItems.Count(i => i.MeetingId == meeting.Id && i.Status == AgendaItemStatuses.Approved) });
        }

        if (meeting.AgendaReviewSentAt is null)
        {
            await board.RequestVotesAsync(db, meeting, tallies.Count, ct);
            meeting.AgendaReviewSentAt = now;
            await db.Meetings.SaveChangesAsync(ct);
        }

        return WaitForChange(meeting, meeting.SettleBy);
    }
}
