namespace Review4U.Rounds.Launch;

/// <summary><see cref="Created"/> is false when a round with the same idempotency key existed already (nothing new was started).</summary>
public sealed record RoundLaunchResult(Guid RoundId, bool Created, Guid? WorkflowInstanceId);
