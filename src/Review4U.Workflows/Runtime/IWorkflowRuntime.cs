namespace Review4U.Workflows.Runtime;

/// <summary>
/// Starts, resumes and steers durable workflow instances. Every call is one PostgreSQL transaction; the work
/// it causes runs later as Hangfire jobs. All calls are safe to repeat.
/// </summary>
public interface IWorkflowRuntime
{
    /// <summary>
    /// Starts an instance of the latest loaded version of <paramref name="definitionId"/>. With an
    /// <paramref name="idempotencyKey"/>, a second call with the same key returns the first instance's id and starts nothing.
    /// </summary>
    Task<Guid> StartAsync(string definitionId, IReadOnlyDictionary<string, object?>? inputs, string? idempotencyKey, CancellationToken ct = default);

    /// <summary>Starts an instance with the full set of options (actor, body, trigger occurrence).</summary>
    Task<Guid> StartAsync(WorkflowStartRequest request, CancellationToken ct = default);

    /// <summary>
    /// Resumes every open wait for (<paramref name="name"/>, <paramref name="key"/>). When none is open, the event is kept
    /// and consumed by the first such wait created later. Returns how many waits it resumed (0 when kept).
    /// </summary>
    Task<int> PublishEventAsync(string name, string key, object? payload, CancellationToken ct = default);

    /// <summary>Cancels the instance, its branches, waits, open incidents and sub-workflow instances.</summary>
    Task CancelAsync(Guid instanceId, string actor, CancellationToken ct = default);

    /// <summary>Retries every step of the instance that has an open incident (attempts start again).</summary>
    Task<int> RetryAsync(Guid instanceId, string actor, CancellationToken ct = default);

    /// <summary>Skips every step of the instance that has an open incident: the step counts as done with no outputs.</summary>
    Task<int> SkipAsync(Guid instanceId, string actor, CancellationToken ct = default);
}
