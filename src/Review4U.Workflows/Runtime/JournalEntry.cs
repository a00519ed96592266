namespace Review4U.Workflows.Runtime;

/// <summary>One audit entry: <see cref="Kind"/> is start, step, wait, resume, retry, incident, log, complete, cancel, manual-retry, skip, …</summary>
public sealed record JournalEntry(long Id, DateTimeOffset At, string Actor, string Kind, string? Scope, string? StepId, string? Detail);
