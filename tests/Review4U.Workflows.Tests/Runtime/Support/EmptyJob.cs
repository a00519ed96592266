namespace Review4U.Workflows.Tests.Runtime.Support;

/// <summary>A bare Hangfire job with no work, the baseline of the throughput measurement.</summary>
public static class EmptyJob
{
    public static void Run()
    {
    }
}
