namespace Review4U.Workflows.Runtime;

/// <summary>Starts exactly one instance per trigger occurrence, however many servers see the occurrence.</summary>
public interface IWorkflowTriggerStarter
{
    /// <summary>
    /// Starts the instance of (<paramref name="triggerKey"/>, <paramref name="occurrence"/>) unless it was started already;
    /// returns its id when this call started it, null when another call (or server) had.
    /// </summary>
    Task<Guid?> StartOccurrenceAsync(WorkflowStartRequest request, string triggerKey, string occurrence, CancellationToken ct = default);
}
