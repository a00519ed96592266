using System.ComponentModel;
using System.Globalization;
using Review4U.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Instances;

internal sealed class ShowInstanceCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<ShowInstanceCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<ID>")]
        [Description("The instance id.")]
        public string Id { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var output = console ?? AnsiConsole.Console;
        await using var engine = new CliWorkflowEngine(cli);
        var id = CliWorkflowEngine.ParseId(settings.Id);
        var details = await engine.Queries.GetAsync(id, cancellationToken)
            ?? throw new UserFacingException($"There is no workflow instance {id}.");
        var s = details.Summary;
        output.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]{s.DefinitionId} v{s.DefinitionVersion}[/]  {s.Id}");
        output.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"status [bold]{s.Status}[/], started {s.CreatedAt:u}, updated {s.UpdatedAt:u}");
        output.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"inputs {details.InputsJson}");
        output.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"variables {details.VariablesJson}");

        output.WriteLine();
        output.MarkupLine("[bold]Waits[/]");
        if (details.Waits.Count == 0)
        {
            output.WriteLine("  none");
        }

        foreach (var wait in details.Waits)
        {
            var what = wait.EventName is null ? wait.Kind : $"{wait.Kind} {wait.EventName} [{wait.EventKey}]";
            var due = wait.DueAt is { } at ? $" until {at:u}" : "";
            output.WriteLine($"  {Where(wait.Scope, wait.StepId)}: {what}{due}");
        }

        foreach (var incident in details.Incidents.Where(i => i.Status == "open"))
        {
            output.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]incident[/] {Where(incident.Scope, incident.StepId)} after {incident.Attempts} attempt(s): {incident.Error}");
        }

        output.WriteLine();
        var journal = new Table().AddColumns("At", "Actor", "Event", "Step", "Detail");
        foreach (var entry in details.Journal)
        {
            journal.AddRow(
                entry.At.ToString("u", CultureInfo.InvariantCulture), Markup.Escape(entry.Actor), Markup.Escape(entry.Kind),
                Markup.Escape(entry.StepId is null ? "" : Where(entry.Scope ?? "", entry.StepId)), Markup.Escape(entry.Detail ?? ""));
        }

        output.Write(journal);
        return 0;
    }

    private static string Where(string scope, string step) => scope.Length == 0 ? step : $"{scope}/{step}";
}
