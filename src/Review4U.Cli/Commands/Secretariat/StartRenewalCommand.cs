using System.Globalization;
using Review4U.Cli.Infrastructure;
using Review4U.Secretariat.Renewals;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Secretariat;

internal sealed class StartRenewalCommand(CliSettings cli, TimeProvider time, IAnsiConsole console) : AsyncCommand<RenewalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RenewalSettings settings, CancellationToken cancellationToken)
    {
        await using var secretariat = new CliSecretariat(cli, settings.Paths, time);
        await secretariat.LoadWorkflowAsync(RenewalStarter.WorkflowId, cancellationToken);
        var instanceId = await CliSecretariat.GuardAsync(() => secretariat.Get<RenewalStarter>().StartAsync(settings.Body, cancellationToken));
        if (settings.AsJson)
        {
            CliJson.Write(console, new { body = settings.Body, workflowInstanceId = instanceId });
            return 0;
        }

        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"[green]started[/] the secretariat renewal of {settings.Body} (workflow instance {instanceId}); a worker runs it: see `secretariat renewal status --body {settings.Body}`");
        return 0;
    }
}
