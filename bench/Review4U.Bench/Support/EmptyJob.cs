namespace Review4U.Bench.Support;

/// <summary>A bare Hangfire job with no work: the baseline of the engine's step throughput.</summary>
public static class EmptyJob
{
    public static void Run()
    {
    }
}
