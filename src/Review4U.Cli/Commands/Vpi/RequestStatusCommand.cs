using System.ComponentModel;
using Review4U.Cli.Infrastructure;
using Review4U.FollowUp;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Vpi;

internal sealed class RequestStatusCommand(CliSettings cli, IAnsiConsole console) : AsyncCommand<RequestStatusCommand.Settings>
{
    internal sealed class Settings : FollowUpSettings
    {
        [CommandOption("--period <YYYY-MM>")]
        [Description("The month asked about (default: the current month in the body's time zone, as the monthly trigger does).")]
        public string Period { get; init; } = "";

        public override ValidationResult Validate() =>
            Period.Length > 0 && !System.Text.RegularExpressions.Regex.IsMatch(Period, "^[0-9]{4}-(0[1-9]|1[0-2])$")
                ? ValidationResult.Error("--period must be yyyy-MM, e.g. 2027-03.")
                : base.Validate();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var followUp = new CliFollowUp(cli, settings.Workflows);
        await followUp.LoadWorkflowAsync(FollowUpQueries.FollowUpWorkflowId, cancellationToken);
        var instance = await CliFollowUp.Guard(() => followUp.Get<FollowUpQueries>().RequestStatusAsync(settings.Body, settings.Period, cancellationToken));
        console.WriteRawLine($"status round started: instance {instance} (requests go out when a worker runs it; once per body and period)");
        return 0;
    }
}
