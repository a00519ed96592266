using Review4U.Cli.Commands.Vpi;
using Review4U.Cli.Infrastructure;
using Review4U.FollowUp.Plans;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Plan;

internal sealed class SubmitPlanCommand(CliSettings cli, IAnsiConsole console) : AsyncCommand<PlanYearSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PlanYearSettings settings, CancellationToken cancellationToken)
    {
        await using var followUp = new CliFollowUp(cli, settings.Workflows);
        await followUp.LoadWorkflowAsync(PlanReviews.WorkflowId, cancellationToken);
        var (planId, instanceId) = await CliFollowUp.Guard(() => followUp.Get<PlanReviews>().SubmitAsync(settings.Body, settings.Year, cancellationToken));
        console.WriteRawLine($"submitted plan {planId} for review: instance {instanceId} (review requests go out when a worker runs it)");
        return 0;
    }
}
