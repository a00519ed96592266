using System.Globalization;
using Cronos;
using Microsoft.Extensions.Logging;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Expressions;
using Review4U.Workflows.Hangfire.Hosting;
using Review4U.Workflows.Runtime;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>
/// Starts one instance per occurrence of each loaded cron trigger. Every server may run this; the occurrence key
/// (<c>workflow/trigger</c>, UTC instant) makes exactly one of them start the instance. Occurrences within
/// <see cref="WorkflowEngineOptions.TriggerLookback"/> are caught up after a pause.
/// </summary>
internal sealed class CronTriggers(
    LoadedDefinitions definitions,
    IWorkflowTriggerStarter starter,
    IExpressionEvaluator evaluator,
    WorkflowEngineOptions options,
    TimeProvider time,
    ILogger<CronTriggers> logger)
{
    public async Task<int> StartDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var from = now - options.TriggerLookback;
        var started = 0;
        foreach (var definition in definitions.Latest)
        {
            foreach (var trigger in definition.Triggers.OfType<CronTriggerDefinition>())
            {
                var expression = CronExpression.Parse(trigger.Cron, trigger.IncludesSeconds ? CronFormat.IncludeSeconds : CronFormat.Standard);
                var zone = TimeZoneInfo.FindSystemTimeZoneById(trigger.TimeZone);
                foreach (var occurrence in expression.GetOccurrences(from, now, zone, fromInclusive: false, toInclusive: true))
                {
                    var at = occurrence.ToUniversalTime();
                    var request = new WorkflowStartRequest(definition.Id)
                    {
                        Version = definition.Version,
                        Inputs = TriggerInputs.Render(evaluator, trigger, definition, at, null),
                    };
                    var key = $"{definition.Id}/{trigger.Id}";
                    if (await starter.StartOccurrenceAsync(request, key, at.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), ct) is { } id)
                    {
                        logger.LogInformation("Trigger {Trigger} at {At:O} started instance {Instance}", key, at, id);
                        started++;
                    }
                }
            }
        }

        return started;
    }
}
