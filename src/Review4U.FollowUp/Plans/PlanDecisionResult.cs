namespace Review4U.FollowUp.Plans;

/// <summary>The outcome of a reviewer's comment or vote; <see cref="Outcome"/> is null when it was refused (then nothing was written).</summary>
public sealed record PlanDecisionResult(bool Succeeded, string Message, PlanOutcome? Outcome);
