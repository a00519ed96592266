using System.ComponentModel;
using Review4U.Cli.Infrastructure;
using Review4U.FollowUp;
using Review4U.FollowUp.Status;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Vpi;

internal sealed class UpdateVpiCommand(CliSettings cli, IAnsiConsole console) : AsyncCommand<UpdateVpiCommand.Settings>
{
    internal sealed class Settings : FollowUpSettings
    {
        [CommandArgument(0, "<KEY>")]
        [Description("The commitment's key, e.g. P1.2.")]
        public string Key { get; init; } = "";

        [CommandOption("--status <STATUS>")]
        [Description("not-started, on-track, at-risk, done or blocked.")]
        public string Status { get; init; } = "";

        [CommandOption("--progress <PERCENT>")]
        [Description("0 to 100 (default: unchanged; 100 with done).")]
        public int? Progress { get; init; }

        [CommandOption("--note <TEXT>")]
        [Description("What happened, for the timeline.")]
        public string? Note { get; init; }

        [CommandOption("--actor <NAME>")]
        [Description("Who reported it (default: coordinator).")]
        public string Actor { get; init; } = "coordinator";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var followUp = new CliFollowUp(cli, settings.Workflows);
        var result = await CliFollowUp.Guard(() => followUp.Get<FollowUpQueries>().UpdateAsync(
            settings.Body, settings.Key, new StatusUpdate(settings.Status, settings.Progress, settings.Note), settings.Actor, cancellationToken));
        if (!result.Succeeded)
        {
            throw new UserFacingException(result.Message + "; nothing was written.");
        }

        console.WriteRawLine("updated " + result.Message);
        return 0;
    }
}
