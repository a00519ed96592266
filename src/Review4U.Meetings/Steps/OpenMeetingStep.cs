using System.Globalization;
using Review4U.Data.Modules;
using Review4U.Domain;
using Review4U.Meetings.Data;
using Review4U.Meetings.Scheduling;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.Meetings.Steps;

[StepType("meetingOpen", Description = "Opens the body's meeting of this kind for the period (once per body, kind and period) with its participants.")]
[StepOutput("meetingId", DataType.String, Description = "The meeting's id.")]
public sealed class OpenMeetingStep : IStep<OpenMeetingParameters>
{
    public async ValueTask<StepResult> ExecuteAsync(OpenMeetingParameters parameters, StepContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(context);
        var days = new List<int>();
        foreach (var value in parameters.ReminderDays)
        {
            var text = Convert.ToString(value, CultureInfo.InvariantCulture);
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day < 1 || day > 60)
            {
                return StepResult.Failed($"reminderDays: expected whole days from 1 to 60, got '{text}'.", retryable: false);
            }

            days.Add(day);
        }

        await using var db = await ModuleUnitOfWork.JoinAsync<MeetingsDbContext>(context.Transaction, ct);
        try
        {
            var meeting = await MeetingOpener.OpenAsync(db, new MeetingOpening
            {
                BodyCode = parameters.BodyCode, Kind = parameters.Kind, Period = string.IsNullOrWhiteSpace(parameters.Period) ? null : parameters.Period.Trim(),
                LeadTime = parameters.LeadTime, AgendaCutoffBefore = parameters.AgendaCutoff, SettleWindow = parameters.SettleWindow, ReminderDays = days,
            }, context.InstanceId, context.Time.GetUtcNow(), ct);
            return StepResult.Completed(new Dictionary<string, object?> { ["meetingId"] = meeting.Id.ToString("D") });
        }
        catch (DomainRuleException e)
        {
            return StepResult.Failed(e.Message, retryable: false, e);
        }
    }
}
