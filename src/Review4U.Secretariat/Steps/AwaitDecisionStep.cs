using Review4U.Data.Modules;
using Review4U.Secretariat.Data;
using Review4U.Secretariat.Renewals;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.Secretariat.Steps;

/// <summary>
/// Waits for the Steering Committee's decision (each vote publishes <see cref="RenewalEvents.Changed"/>); sends the
/// reminders still due before the term's end, and after it the escalation, then weekly until decided.
/// </summary>
[StepType("secretariatAwaitDecision", Description = "Waits for the quorum's decision; reminders before the term's end, escalation to the Steering Committee and the platform admin after it, weekly.",
    Outcomes = [Decided])]
[StepOutput("outcome", DataType.String, Description = "decided.")]
[StepOutput("decision", DataType.String, Description = "renew, or the chosen interest's id.")]
public sealed class AwaitDecisionStep(RenewalLoader loader, RenewalNotices notices) : RenewalStep(loader)
{
    public const string Decided = "decided";

    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<SecretariatDbContext> unit, RenewalScene scene, StepContext context, CancellationToken ct)
    {
        if (scene.Renewal.Decision is { } decision)
        {
            return StepResult.Completed(new Dictionary<string, object?> { ["outcome"] = Decided, ["decision"] = decision }, Decided);
        }

        var now = context.Time.GetUtcNow();
        await notices.SendDueRemindersAsync(unit, scene, now, ct);
        await notices.SendDueEscalationAsync(unit, scene, now, ct);
        var next = notices.NextReminderAt(scene, now) ?? notices.NextEscalationAt(scene, now);
        return StepResult.Suspended(RenewalEvents.Changed, RenewalEvents.Key(scene.Renewal.Id), next);
    }
}
