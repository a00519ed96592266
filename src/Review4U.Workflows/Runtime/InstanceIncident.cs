namespace Review4U.Workflows.Runtime;

/// <summary>A step that failed its last attempt.</summary>
public sealed record InstanceIncident(Guid Id, string Scope, string StepId, string Error, int Attempts, string Status, DateTimeOffset CreatedAt);
