using System.ComponentModel;
using System.Globalization;
using Review4U.Cli.Infrastructure;
using Review4U.Rounds.Coordination;
using Review4U.Rounds.Recipients;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Rounds;

/// <summary>`rounds extend ID --deadline DATE`: moves the deadline and, through the workflow, its pending timers.</summary>
internal sealed class ExtendRoundCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<ExtendRoundCommand.Settings>
{
    internal sealed class Settings : RoundIdSettings
    {
        [CommandOption("--deadline <DATE>")]
        [Description("The new deadline: yyyy-MM-dd (end of that day, UTC) or ISO 8601.")]
        public string Deadline { get; init; } = "";
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        CoordinatorAction.RunAsync(cli, settings, console, async coordinator =>
        {
            var deadline = LaunchRoundCommand.ParseDeadline(settings.Deadline);
            await coordinator.ExtendAsync(CliRounds.ParseId(settings.Id), deadline, cancellationToken);
            return string.Create(CultureInfo.InvariantCulture, $"deadline moved to {deadline:O}");
        });
}

/// <summary>`rounds remind ID`: reminds every open task now.</summary>
internal sealed class RemindRoundCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<RoundIdSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, RoundIdSettings settings, CancellationToken cancellationToken) =>
        CoordinatorAction.RunAsync(cli, settings, console, async coordinator =>
        {
            var queued = await coordinator.RemindNowAsync(CliRounds.ParseId(settings.Id), cancellationToken);
            return string.Create(CultureInfo.InvariantCulture, $"{queued} reminders queued");
        });
}

/// <summary>`rounds add-recipients ID --recipients RULE`: tasks and invitations for organisations not yet asked.</summary>
internal sealed class AddRecipientsCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<AddRecipientsCommand.Settings>
{
    internal sealed class Settings : RoundIdSettings
    {
        [CommandOption("--recipients <RULE>")]
        [Description("all, area:CODE, group:ID or list:KEYS-OR-EMAILS (comma-separated).")]
        public string Recipients { get; init; } = "";
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        CoordinatorAction.RunAsync(cli, settings, console, async coordinator =>
        {
            RecipientRule rule;
            try
            {
                rule = RecipientRule.Parse(settings.Recipients);
            }
            catch (FormatException e)
            {
                throw new UserFacingException("--" + e.Message, e);
            }

            var added = await coordinator.AddRecipientsAsync(CliRounds.ParseId(settings.Id), rule, cancellationToken);
            return string.Create(CultureInfo.InvariantCulture, $"{added} organisations added");
        });
}

/// <summary>`rounds close ID`: ends collection now; the workflow moves on to escalation and review.</summary>
internal sealed class CloseRoundCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<RoundIdSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, RoundIdSettings settings, CancellationToken cancellationToken) =>
        CoordinatorAction.RunAsync(cli, settings, console, async coordinator =>
        {
            await coordinator.CloseEarlyAsync(CliRounds.ParseId(settings.Id), cancellationToken);
            return "collection closed; the round moves on to review";
        });
}

internal static class CoordinatorAction
{
    public static async Task<int> RunAsync(CliSettings cli, RoundSettings settings, IAnsiConsole? console, Func<RoundCoordinator, Task<string>> action)
    {
        await using var rounds = new CliRounds(cli, settings.Paths);
        try
        {
            var message = await action(rounds.Get<RoundCoordinator>());
            (console ?? AnsiConsole.Console).MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[green]ok[/] {message}");
            return 0;
        }
        catch (InvalidOperationException e)
        {
            throw new UserFacingException(e.Message, e);
        }
    }
}
