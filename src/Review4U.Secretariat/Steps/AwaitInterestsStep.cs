using Review4U.Data.Modules;
using Review4U.Secretariat.Data;
using Review4U.Secretariat.Renewals;
using Review4U.Workflows.Steps;

namespace Review4U.Secretariat.Steps;

/// <summary>Waits for the interest deadline, sending the Steering Committee's reminders that fall due on the way.</summary>
[StepType("secretariatAwaitInterests", Description = "Collects expressions of interest until their deadline; reminds the Steering Committee 60/30/7 days before the term's end.")]
public sealed class AwaitInterestsStep(RenewalLoader loader, RenewalNotices notices) : RenewalStep(loader)
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<SecretariatDbContext> unit, RenewalScene scene, StepContext context, CancellationToken ct)
    {
        var now = context.Time.GetUtcNow();
        await notices.SendDueRemindersAsync(unit, scene, now, ct);
        if (now >= scene.Renewal.InterestDeadline || scene.Renewal.Status != RenewalStatuses.Collecting)
        {
            return StepResult.Completed();
        }

        var next = notices.NextReminderAt(scene, now) is { } reminder && reminder < scene.Renewal.InterestDeadline ? reminder : scene.Renewal.InterestDeadline;
        return StepResult.Suspended(RenewalEvents.Changed, RenewalEvents.Key(scene.Renewal.Id), next);
    }
}
