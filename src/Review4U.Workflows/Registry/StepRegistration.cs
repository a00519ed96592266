namespace Review4U.Workflows.Registry;

/// <summary>A step type added with <c>AddReview4UWorkflowStep&lt;TStep&gt;()</c>; the registry is built from all of them.</summary>
public sealed record StepRegistration(Type StepType);
