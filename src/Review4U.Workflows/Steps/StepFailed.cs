namespace Review4U.Workflows.Steps;

/// <summary>The step failed. Retryable failures follow the retry policy; the others raise an incident at once.</summary>
public sealed record StepFailed(string Reason, bool Retryable, Exception? Exception) : StepResult;
