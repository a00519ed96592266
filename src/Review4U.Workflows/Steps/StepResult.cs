namespace Review4U.Workflows.Steps;

/// <summary>What a step execution did: <see cref="StepCompleted"/>, <see cref="StepSuspended"/> or <see cref="StepFailed"/>.</summary>
public abstract record StepResult
{
    private static readonly IReadOnlyDictionary<string, object?> NoOutputs = new Dictionary<string, object?>();

    /// <summary>The step finished; <paramref name="outcome"/> names the path taken for steps that declare outcomes.</summary>
    public static StepCompleted Completed(IReadOnlyDictionary<string, object?>? outputs = null, string? outcome = null) =>
        new(outputs ?? NoOutputs, outcome);

    /// <summary>The step waits on a bookmark (<paramref name="bookmarkName"/>, <paramref name="bookmarkKey"/>), optionally until <paramref name="resumeAt"/>.</summary>
    public static StepSuspended Suspended(string bookmarkName, string bookmarkKey, DateTimeOffset? resumeAt = null) =>
        new(bookmarkName, bookmarkKey, resumeAt);

    /// <summary>The step failed; the runtime retries per the step's policy when <paramref name="retryable"/>, else raises an incident.</summary>
    public static StepFailed Failed(string reason, bool retryable = true, Exception? exception = null) =>
        new(reason, retryable, exception);
}
