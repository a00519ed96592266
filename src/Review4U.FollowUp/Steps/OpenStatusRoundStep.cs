using System.Globalization;
using Review4U.Data.Modules;
using Review4U.FollowUp.Data;
using Review4U.FollowUp.Status;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.FollowUp.Steps;

[StepType("vpiOpenStatusRound", Description = "Opens a period's VPI status round: one status request (personal link, reply by email) per open commitment, to its owner.")]
[StepOutput("roundId", DataType.String, Description = "The status round's id.")]
[StepOutput("requestCount", DataType.Int, Description = "How many requests were sent by this execution.")]
public sealed class OpenStatusRoundStep(StatusRounds rounds) : FollowUpStep<OpenStatusRoundParameters>
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<FollowUpDbContext> session, OpenStatusRoundParameters parameters, StepContext context, CancellationToken ct)
    {
        var reminderDays = parameters.ReminderDays.Select(d => Convert.ToInt32(d, CultureInfo.InvariantCulture)).ToList();
        if (parameters.ResponseDays < 1 || reminderDays.Any(d => d < 1))
        {
            throw new FormatException("responseDays and reminderDays must be positive numbers of days.");
        }

        var (roundId, requests) = await rounds.OpenAsync(session, parameters.BodyCode, parameters.Period, parameters.ResponseDays, reminderDays, context.InstanceId, ct);
        return StepResult.Completed(new Dictionary<string, object?> { ["roundId"] = roundId.ToString(), ["requestCount"] = requests });
    }
}
