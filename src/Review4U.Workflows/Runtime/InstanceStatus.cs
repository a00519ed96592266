namespace Review4U.Workflows.Runtime;

/// <summary>The lifecycle of an instance, stored as these lower-case words.</summary>
public static class InstanceStatus
{
    public const string Running = "running";
    public const string Waiting = "waiting";
    public const string Completed = "completed";
    public const string Faulted = "faulted";
    public const string Cancelled = "cancelled";

    public static bool IsFinished(string status) => status is Completed or Cancelled;
}
