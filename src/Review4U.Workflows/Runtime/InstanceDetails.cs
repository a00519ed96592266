namespace Review4U.Workflows.Runtime;

/// <summary>An instance with its data, current waits, open incidents and journal.</summary>
public sealed record InstanceDetails(
    InstanceSummary Summary,
    string InputsJson,
    string VariablesJson,
    string? OutputJson,
    IReadOnlyList<InstanceWait> Waits,
    IReadOnlyList<InstanceIncident> Incidents,
    IReadOnlyList<JournalEntry> Journal);
