namespace Review4U.Workflows.Definitions;

/// <summary>
/// Per-step retry: up to <see cref="Attempts"/> executions in total (1 = no retry), waiting
/// <see cref="Backoff"/> × <see cref="Multiplier"/>^(n-1) after the n-th failure, capped at <see cref="MaxBackoff"/>.
/// After the last attempt the runtime raises an incident.
/// </summary>
public sealed record RetryPolicy(int Attempts, TimeSpan Backoff, TimeSpan? MaxBackoff, double Multiplier, SourceLocation Location)
{
    /// <summary>Used when a step has no <c>retry:</c>: three attempts, 30 s then 60 s.</summary>
    public static RetryPolicy Default { get; } = new(3, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(10), 2, SourceLocation.None);

    /// <summary>True when another attempt is allowed after <paramref name="failedAttempts"/> failures.</summary>
    public bool AllowsRetryAfter(int failedAttempts) => failedAttempts < Attempts;

    /// <summary>The wait before the next attempt after <paramref name="failedAttempts"/> failures (1-based).</summary>
    public TimeSpan DelayAfter(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        var ticks = Backoff.Ticks * Math.Pow(Multiplier, failedAttempts - 1);
        var cap = (MaxBackoff ?? TimeSpan.MaxValue).Ticks;
        return ticks >= cap ? TimeSpan.FromTicks(cap) : TimeSpan.FromTicks((long)ticks);
    }
}
