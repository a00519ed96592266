using System.Globalization;
using Microsoft.Extensions.Logging;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Expressions;
using Review4U.Workflows.Hangfire.Hosting;
using Review4U.Workflows.Runtime;
using Review4U.Workflows.Triggers;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>
/// Starts one instance per occurrence of each loaded cron trigger, and for a per-body trigger (<c>forEachBody:</c>) one
/// per selected body and occurrence. Every server may run this; the occurrence key (<c>workflow/trigger[/bodyCode]</c>,
/// UTC instant) makes exactly one of them start the instance. Occurrences within
/// <see cref="WorkflowEngineOptions.TriggerLookback"/> are caught up after a pause. A trigger's <c>when:</c> is tested
/// per occurrence and body (<c>now</c> = the occurrence); an occurrence it rejects starts nothing and is not recorded.
/// Bodies' facts are asked for only when a conditioned per-body trigger has an occurrence due, once per run.
/// </summary>
internal sealed class CronTriggers(
    LoadedDefinitions definitions,
    IWorkflowTriggerStarter starter,
    IExpressionEvaluator evaluator,
    WorkflowEngineOptions options,
    TimeProvider time,
    ILogger<CronTriggers> logger,
    IEnumerable<ITriggerBodyFacts> facts,
    ITriggerBodies? bodies = null)
{
    private IReadOnlyList<TriggerBody>? directory;                     // this run's bodies, read once
    private Dictionary<Guid, Dictionary<string, object?>>? factsByBody; // and their facts, read once if a condition needs them

    public async Task<int> StartDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var from = now - options.TriggerLookback;
        (directory, factsByBody) = (null, null);
        var started = 0;
        foreach (var definition in definitions.Latest)
        {
            foreach (var trigger in definition.Triggers.OfType<CronTriggerDefinition>())
            {
                if (trigger.ForEachBody is not { } selection)
                {
                    started += await StartAsync(definition, trigger, null, from, now, ct);
                    continue;
                }

                if (bodies is null)
                {
                    logger.LogError("Trigger {Workflow}/{Trigger} fires per body but no ITriggerBodies is registered; nothing started", definition.Id, trigger.Id);
                    continue;
                }

                directory ??= await bodies.ListAsync(ct);
                foreach (var body in directory.Where(body => selection.Includes(body.Kind)))
                {
                    started += await StartAsync(definition, trigger, body, from, now, ct);
                }
            }
        }

        return started;
    }

    private async Task<int> StartAsync(
        WorkflowDefinition definition, CronTriggerDefinition trigger, TriggerBody? body, DateTimeOffset from, DateTimeOffset now, CancellationToken ct)
    {
        var key = body is null ? $"{definition.Id}/{trigger.Id}" : $"{definition.Id}/{trigger.Id}/{body.Code}";
        var started = 0;
        try
        {
            var due = CronSchedule.For(trigger, body?.TimeZone).Between(from, now).ToList();
            if (due.Count > 0 && trigger.When is not null && body is not null)
            {
                body = await WithFactsAsync(body, ct);
            }

            foreach (var occurrence in due)
            {
                var at = occurrence.ToUniversalTime();
                if (trigger.When is { } when && !evaluator.EvaluateCondition(when.Text, TriggerInputs.Scope(definition, at, null, body)))
                {
                    continue;
                }

                var request = new WorkflowStartRequest(definition.Id)
                {
                    Version = definition.Version,
                    Inputs = TriggerInputs.Render(evaluator, trigger, definition, at, null, body),
                    BodyId = body?.Id,
                };
                if (await starter.StartOccurrenceAsync(request, key, at.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), ct) is { } id)
                {
                    logger.LogInformation("Trigger {Trigger} at {At:O} started instance {Instance}", key, at, id);
                    started++;
                }
            }
        }
        catch (Exception exception) when (body is not null && exception is TimeZoneNotFoundException or InvalidTimeZoneException or ExpressionException or ArgumentException)
        {
            // One body's bad data (an unknown zone, inputs its values cannot satisfy) must not hold back the other bodies.
            logger.LogError(exception, "Trigger {Trigger} could not start for body {Body}: {Message}", key, body.Code, exception.Message);
        }

        return started;
    }

    /// <summary>The body with the facts every module tells about it (all bodies' facts are read on the run's first call).</summary>
    private async Task<TriggerBody> WithFactsAsync(TriggerBody body, CancellationToken ct)
    {
        if (factsByBody is null)
        {
            factsByBody = directory!.ToDictionary(b => b.Id, b => new Dictionary<string, object?>(b.Facts, StringComparer.Ordinal));
            foreach (var provider in facts)
            {
                foreach (var (bodyId, values) in await provider.ReadAsync(directory!, ct))
                {
                    if (factsByBody.TryGetValue(bodyId, out var into))
                    {
                        foreach (var (name, value) in values)
                        {
                            into[name] = value;
                        }
                    }
                }
            }
        }

        return factsByBody.TryGetValue(body.Id, out var found) ? body with { Facts = found } : body;
    }
}
