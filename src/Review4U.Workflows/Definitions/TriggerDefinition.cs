namespace Review4U.Workflows.Definitions;

/// <summary>
/// A trigger. <see cref="Id"/> is stable within the definition (the YAML <c>id:</c>, else <c>trigger-N</c>, 1-based),
/// so the runtime can key one instance per (workflow, trigger, occurrence).
/// <see cref="Inputs"/> holds input templates rendered when the trigger fires (scope: <c>event</c>, <c>now</c>).
/// </summary>
public abstract record TriggerDefinition(string Id, MapParameterValue Inputs, SourceLocation Location)
{
    public abstract TriggerKind Kind { get; }
}
