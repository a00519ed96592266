namespace Review4U.Workflows.Steps;

/// <summary>The step finished with these outputs (readable later as <c>steps.ID.NAME</c>) and an optional outcome.</summary>
public sealed record StepCompleted(IReadOnlyDictionary<string, object?> Outputs, string? Outcome) : StepResult;
