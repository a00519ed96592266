using Npgsql;
using Review4U.Workflows.Runtime;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>The engine's public face: each call is one transaction, the work it causes runs as Hangfire jobs.</summary>
internal sealed class WorkflowRuntime(
    NpgsqlDataSource dataSource,
    InstanceStarter starter,
    EventPublisher events,
    ManualActions actions,
    JobDispatcher dispatcher,
    TimeProvider time) : IWorkflowRuntime, IWorkflowTriggerStarter
{
    public Task<Guid> StartAsync(string definitionId, IReadOnlyDictionary<string, object?>? inputs, string? idempotencyKey, CancellationToken ct = default) =>
        StartAsync(new WorkflowStartRequest(definitionId) { Inputs = inputs ?? new Dictionary<string, object?>(), IdempotencyKey = idempotencyKey }, ct);

    public async Task<Guid> StartAsync(WorkflowStartRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await StartCoreAsync(request, null, ct)).Id;
    }

    public async Task<Guid?> StartOccurrenceAsync(WorkflowStartRequest request, string triggerKey, string occurrence, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var keyed = request with { IdempotencyKey = $"trigger:{triggerKey}:{occurrence}", Actor = $"trigger:{triggerKey}" };
        var (id, created) = await StartCoreAsync(keyed, (triggerKey, occurrence), ct);
        return created ? id : null;
    }

    public Task<int> PublishEventAsync(string name, string key, object? payload, CancellationToken ct = default) =>
        events.PublishAsync(name, key, payload, ct);

    public Task CancelAsync(Guid instanceId, string actor, CancellationToken ct = default) => actions.CancelAsync(instanceId, actor, ct);

    public Task<int> RetryAsync(Guid instanceId, string actor, CancellationToken ct = default) => actions.ResolveIncidentsAsync(instanceId, actor, skip: false, ct);

    public Task<int> SkipAsync(Guid instanceId, string actor, CancellationToken ct = default) => actions.ResolveIncidentsAsync(instanceId, actor, skip: true, ct);

    private async Task<(Guid Id, bool Created)> StartCoreAsync(WorkflowStartRequest request, (string Trigger, string Occurrence)? occurrence, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        (Guid Id, bool Created) result;
        await using (var connection = await dataSource.OpenConnectionAsync(ct))
        await using (var transaction = await connection.BeginTransactionAsync(ct))
        {
            var journal = new JournalBuffer();
            result = await starter.CreateAsync(connection, transaction, request, null, journal, now, ct);
            if (result.Created && occurrence is { } o)
            {
                await Db.ExecuteAsync(connection, transaction,
                    "INSERT INTO workflow.trigger_occurrences (trigger_key, occurrence, instance_id, created_at) VALUES ($1, $2, $3, $4)",
                    ct, o.Trigger, o.Occurrence, result.Id, now);
            }

            await journal.FlushAsync(connection, transaction, ct);
            await transaction.CommitAsync(ct);
        }

        if (result.Created)
        {
            dispatcher.Advance(result.Id);
        }

        return result;
    }
}
