using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;
using Review4U.FollowUp.Data;
using Review4U.FollowUp.People;
using Review4U.FollowUp.Reports;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.FollowUp.Steps;

[StepType("vpiQuarterlyReport", Description = "When the round's month ends a quarter: writes the progress report (DOCX + HTML) and delivers it to the government focal point and UNODC, once.")]
[StepOutput("quarter", DataType.String, Description = "The quarter reported (yyyy-Qn), or empty when the month ends no quarter.")]
public sealed class QuarterlyReportStep(ProgressReports reports) : FollowUpStep<StatusRoundParameters>
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<FollowUpDbContext> session, StatusRoundParameters parameters, StepContext context, CancellationToken ct)
    {
        var roundId = ParseId("roundId", parameters.RoundId);
        var round = await session.FollowUp.StatusRounds.AsNoTracking().SingleAsync(r => r.Id == roundId, ct);
        if (Quarters.ClosedBy(round.Period) is not { } quarter)
        {
            return Done("quarter", "");
        }

        var body = await BodyPeople.GetAsync(session.Domain, round.BodyId, ct);
        var report = await reports.ProduceAsync(session, body, quarter, ct);
        await reports.DeliverAsync(session, body, report, ct);
        return Done("quarter", quarter);
    }
}
