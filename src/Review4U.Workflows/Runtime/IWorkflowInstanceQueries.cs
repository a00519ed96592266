namespace Review4U.Workflows.Runtime;

/// <summary>Read-only views of instances for the CLI and the UI.</summary>
public interface IWorkflowInstanceQueries
{
    /// <summary>Newest first; <paramref name="status"/> filters when given.</summary>
    Task<IReadOnlyList<InstanceSummary>> ListAsync(string? status, int limit, CancellationToken ct = default);

    /// <summary>The instance with its waits, incidents and journal, or null when there is none with this id.</summary>
    Task<InstanceDetails?> GetAsync(Guid instanceId, CancellationToken ct = default);
}
