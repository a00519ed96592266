using System.ComponentModel;
using Review4U.Cli.Infrastructure;
using Review4U.Meetings.Agenda;
using Review4U.Meetings.Bridge;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Consultations;

/// <summary>`consultations add-item MEETING --title TEXT [--details TEXT]`: the secretariat's own agenda item (before the cut-off).</summary>
internal sealed class AddItemCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<AddItemCommand.Settings>
{
    internal sealed class Settings : MeetingIdSettings
    {
        [CommandOption("--title <TEXT>")]
        [Description("The item's title (at most 300 characters).")]
        public string Title { get; init; } = "";

        [CommandOption("--details <TEXT>")]
        [Description("A description.")]
        public string? Details { get; init; }
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        MeetingAction.RunAsync(cli, settings, console, async meetings =>
        {
            var item = await meetings.Get<AgendaProposals>().AddBySecretariatAsync(CliMeetings.ParseId(settings.Id), settings.Title, settings.Details, cancellationToken);
            return $"agenda item {item.Id} proposed";
        });
}

/// <summary>`consultations settle-agenda MEETING`: closes the Steering Committee's voting now; the workflow settles and circulates.</summary>
internal sealed class SettleAgendaCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<MeetingIdSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, MeetingIdSettings settings, CancellationToken cancellationToken) =>
        MeetingAction.RunAsync(cli, settings, console, async meetings =>
        {
            await meetings.Get<AgendaBoard>().SettleNowAsync(CliMeetings.ParseId(settings.Id), cancellationToken);
            return "voting closed: the agenda settles with the votes cast";
        });
}

/// <summary>`consultations forward-item ITEM`: an alliance's agenda item to its regional network's next consultation.</summary>
internal sealed class ForwardItemCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<ForwardItemCommand.Settings>
{
    internal sealed class Settings : ConsultationSettings
    {
        [CommandArgument(0, "<ITEM>")]
        [Description("The agenda item's id (see consultations agenda).")]
        public string Item { get; init; } = "";
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        MeetingAction.RunAsync(cli, settings, console, async meetings =>
        {
            var result = await meetings.Get<AgendaBridge>().ForwardAsync(CliMeetings.ParseId(settings.Item, "agenda item"), cancellationToken);
            return $"{(result.Created ? "forwarded" : "already forwarded")} to {result.NetworkCode}: {result.MeetingTitle} (item {result.ItemId})";
        });
}
