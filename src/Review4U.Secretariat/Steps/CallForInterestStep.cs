using Review4U.Data.Modules;
using Review4U.Secretariat.Data;
using Review4U.Secretariat.Renewals;
using Review4U.Workflows.Steps;

namespace Review4U.Secretariat.Steps;

[StepType("secretariatCallForInterest", Description = "Emails every member organisation's main contact a call for expressions of interest (link or reply).")]
public sealed class CallForInterestStep(RenewalLoader loader, RenewalNotices notices) : RenewalStep(loader)
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<SecretariatDbContext> unit, RenewalScene scene, StepContext context, CancellationToken ct)
    {
        await notices.CallForInterestAsync(unit, scene, ct);
        return StepResult.Completed();
    }
}
