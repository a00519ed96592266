namespace Review4U.Workflows.Steps;

/// <summary>
/// The step waits on a durable bookmark. The runtime resumes it when an event with this name and key arrives,
/// or at <see cref="ResumeAt"/> (a timer) when set; the step then runs again with the resume payload in its scope.
/// </summary>
public sealed record StepSuspended(string BookmarkName, string BookmarkKey, DateTimeOffset? ResumeAt) : StepResult;
