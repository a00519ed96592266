namespace Review4U.Workflows.Triggers;

/// <summary>
/// The bodies that per-body cron triggers (<c>forEachBody:</c>) fire for. The engine asks on every run of the trigger
/// job, so a body added later is picked up at its next occurrence. Implemented by the data module; a test may register
/// its own list.
/// </summary>
public interface ITriggerBodies
{
    /// <summary>Every current body, in a stable order.</summary>
    Task<IReadOnlyList<TriggerBody>> ListAsync(CancellationToken ct);
}
