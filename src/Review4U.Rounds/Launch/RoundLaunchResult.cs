namespace Review4U.Rounds.Launch;

/// <summary>
/// <see cref="Created"/> is false when a round with the same idempotency key existed already (nothing new was started, but
/// its workflow, if that launch stopped before starting it).
/// </summary>
public sealed record RoundLaunchResult(Guid RoundId, bool Created, Guid? WorkflowInstanceId);
