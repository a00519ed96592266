using System.ComponentModel;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Review4U.Cli.Infrastructure;
using Review4U.Data;
using Review4U.Domain;
using Review4U.Meetings.Model;
using Review4U.Meetings.Scheduling;
using Review4U.Workflows.Runtime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Consultations;

/// <summary>
/// `consultations schedule --body CODE [--kind K] [--period P]`: starts the meeting's workflow now, as its cron trigger
/// would; a worker then opens the meeting (one per body, kind and period: repeating the command starts nothing new).
/// </summary>
internal sealed partial class ScheduleCommand(CliSettings cli, Review4UDbContext db, IAnsiConsole? console = null) : AsyncCommand<ScheduleCommand.Settings>
{
    internal sealed class Settings : ConsultationSettings
    {
        [CommandOption("--body <CODE>")]
        [Description("The alliance or network.")]
        public string Body { get; init; } = "";

        [CommandOption("--kind <KIND>")]
        [Description("consultation (quarterly, default) or steering-committee (monthly).")]
        public string Kind { get; init; } = MeetingKinds.Consultation;

        [CommandOption("--period <PERIOD>")]
        [Description("2027-Q1 for a consultation, 2027-03 for a Steering Committee meeting; default: the current one in the body's zone.")]
        public string? Period { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!MeetingKinds.All.Contains(settings.Kind))
        {
            throw new DomainRuleException($"--kind: expected one of {string.Join(", ", MeetingKinds.All)}, got '{settings.Kind}'.");
        }

        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Code == settings.Body, cancellationToken)
            ?? throw new DomainRuleException($"--body: no body has the code '{settings.Body}'.");
        var consultation = settings.Kind == MeetingKinds.Consultation;
        var period = settings.Period ?? BodyTime.PeriodOf(settings.Kind, BodyTime.Today(TimeProvider.System.GetUtcNow(), body.TimeZoneId));
        if (!(consultation ? QuarterPattern() : MonthPattern()).IsMatch(period))
        {
            throw new DomainRuleException($"--period: expected {(consultation ? "a quarter such as 2027-Q1" : "a month such as 2027-03")}, got '{period}'.");
        }

        await using var meetings = new CliMeetings(cli, settings.Workflows);
        var workflow = MeetingKinds.WorkflowOf(settings.Kind);
        await meetings.LoadWorkflowAsync(workflow, cancellationToken);
        var instanceId = await meetings.Get<IWorkflowRuntime>().StartAsync(new WorkflowStartRequest(workflow)
        {
            Inputs = new Dictionary<string, object?> { ["bodyCode"] = body.Code, ["period"] = period },
            IdempotencyKey = $"{settings.Kind}:{body.Code}:{period}", Actor = "cli", BodyId = body.Id,
        }, cancellationToken);
        (console ?? AnsiConsole.Console).MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture,
            $"[green]{settings.Kind} {period} of {body.Code}: instance {instanceId}[/] (a worker opens the meeting; then `consultations propose-date`)");
        return 0;
    }

    [GeneratedRegex(@"^\d{4}-Q[1-4]$")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();
}
