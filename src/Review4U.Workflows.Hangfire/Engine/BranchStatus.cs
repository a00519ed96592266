namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>Where a branch is; stored as these words.</summary>
internal static class BranchStatus
{
    public const string Ready = "ready";
    public const string Waiting = "waiting";
    public const string Joining = "joining";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
    public const string Faulted = "faulted";
}
