namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>States of a step execution row.</summary>
internal static class ExecutionStatus
{
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Suspended = "suspended";
    public const string Failed = "failed";
    public const string Skipped = "skipped";
}
