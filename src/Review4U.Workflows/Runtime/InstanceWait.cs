namespace Review4U.Workflows.Runtime;

/// <summary>An open bookmark: what the instance waits for (an event, a timer, a retry, a deadline, a sub-workflow).</summary>
public sealed record InstanceWait(Guid BookmarkId, string Scope, string StepId, string Kind, string? EventName, string? EventKey, DateTimeOffset? DueAt);
