using Npgsql;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Expressions;
using Review4U.Workflows.Runtime;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>
/// Resumes every open wait for (name, key) and starts the instances of event triggers on that name (one per trigger and
/// key), all in one transaction; when nothing used the event it is kept for the first wait created later.
/// </summary>
internal sealed class EventPublisher(
    NpgsqlDataSource dataSource,
    JobDispatcher dispatcher,
    LoadedDefinitions definitions,
    InstanceStarter starter,
    IExpressionEvaluator evaluator,
    TimeProvider time)
{
    public async Task<int> PublishAsync(string name, string key, object? payload, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var instances = new List<Guid>();
        int resumed;
        await using (var connection = await dataSource.OpenConnectionAsync(ct))
        await using (var transaction = await connection.BeginTransactionAsync(ct))
        {
            await BookmarkStore.LockEventAsync(connection, transaction, name, key, ct);
            var bookmarks = new List<Guid>();
            await using (var command = Db.Command(connection, transaction,
                "SELECT id FROM workflow.bookmarks WHERE kind = 'event' AND event_name = $1 AND event_key = $2 AND status = 'open' ORDER BY id FOR UPDATE",
                name, key))
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    bookmarks.Add(reader.GetGuid(0));
                }
            }

            var journal = new JournalBuffer();
            foreach (var bookmark in bookmarks)
            {
                if (await Resumption.ResumeBookmarkAsync(connection, transaction, bookmark, new ResumeSignal(ResumeSignal.Event, payload), journal, $"event:{name}", now, ct) is { } instance)
                {
                    instances.Add(instance);
                }
            }

            resumed = instances.Count;
            var (triggered, started) = await StartTriggeredAsync(connection, transaction, name, key, payload, journal, now, ct);
            instances.AddRange(started);
            if (resumed == 0 && !triggered)
            {
                await Db.ExecuteAsync(connection, transaction,
                    "INSERT INTO workflow.pending_events (event_name, event_key, payload, published_at) VALUES ($1, $2, $3, $4)",
                    ct, name, key, Db.Jsonb(PlainJson.Serialize(payload)), now);
            }

            await journal.FlushAsync(connection, transaction, ct);
            await transaction.CommitAsync(ct);
        }

        foreach (var instance in instances.Distinct())
        {
            dispatcher.Advance(instance);
        }

        return resumed;
    }

    /// <summary>Starts the triggered instances; <c>Triggered</c> is true when some trigger listens to this event (even if its instance existed).</summary>
    private async Task<(bool Triggered, List<Guid> Started)> StartTriggeredAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string name, string key, object? payload, JournalBuffer journal, DateTimeOffset now, CancellationToken ct)
    {
        var started = new List<Guid>();
        var triggered = false;
        foreach (var definition in definitions.Latest)
        {
            foreach (var trigger in definition.Triggers.OfType<EventTriggerDefinition>().Where(t => t.EventName == name))
            {
                triggered = true;
                var triggerKey = $"{definition.Id}/{trigger.Id}";
                var request = new WorkflowStartRequest(definition.Id)
                {
                    Version = definition.Version,
                    Inputs = TriggerInputs.Render(evaluator, trigger, definition, now, payload),
                    IdempotencyKey = $"trigger:{triggerKey}:{key}",
                    Actor = $"trigger:{triggerKey}",
                };
                var (id, created) = await starter.CreateAsync(connection, transaction, request, null, journal, now, ct);
                if (created)
                {
                    await Db.ExecuteAsync(connection, transaction,
                        "INSERT INTO workflow.trigger_occurrences (trigger_key, occurrence, instance_id, created_at) VALUES ($1, $2, $3, $4)",
                        ct, triggerKey, $"{name}:{key}", id, now);
                    started.Add(id);
                }
            }
        }

        return (triggered, started);
    }
}
