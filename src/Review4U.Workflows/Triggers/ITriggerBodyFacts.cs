namespace Review4U.Workflows.Triggers;

/// <summary>
/// What a module knows about bodies that a per-body trigger's <c>when:</c> (or inputs) may test, read as
/// <c>body.facts.&lt;name&gt;</c>: e.g. the Secretariat module tells when each body's renewal is due, so its daily
/// trigger starts an instance only on the days that matter. Asked once per trigger run for all bodies; give every
/// body every fact you own (null when it has none), since reading a missing one is an error.
/// </summary>
public interface ITriggerBodyFacts
{
    /// <summary>Facts by body id, for the bodies given (plain values: text, bool, numbers, instants, null).</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, object?>>> ReadAsync(IReadOnlyList<TriggerBody> bodies, CancellationToken ct);
}
