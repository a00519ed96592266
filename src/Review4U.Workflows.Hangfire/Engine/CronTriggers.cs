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
    public async Task<int> StartDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var from = now - options.TriggerLookback;
        IReadOnlyList<TriggerBody>? directory = null;
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

                directory ??= await ListBodiesAsync(bodies, ct);
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
            foreach (var occurrence in CronSchedule.For(trigger, body?.TimeZone).Between(from, now))
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

    /// <summary>The bodies, each with the facts every module tells about it.</summary>
    private async Task<IReadOnlyList<TriggerBody>> ListBodiesAsync(ITriggerBodies source, CancellationToken ct)
    {
        var list = await source.ListAsync(ct);
        var merged = list.ToDictionary(body => body.Id, body => new Dictionary<string, object?>(body.Facts, StringComparer.Ordinal));
        foreach (var provider in facts)
        {
            foreach (var (bodyId, values) in await provider.ReadAsync(list, ct))
            {
                if (merged.TryGetValue(bodyId, out var into))
                {
                    foreach (var (name, value) in values)
                    {
                        into[name] = value;
                    }
                }
            }
        }

        return [.. list.Select(body => body with { Facts = merged[body.Id] })];
    }
}
