namespace Review4U.Bench.Support.Web;

/// <summary>The latencies (ms, sorted) of a load run and its wall-clock time.</summary>
public sealed record LoadOutcome(IReadOnlyList<double> SortedMilliseconds, TimeSpan Elapsed)
{
    public int Count => SortedMilliseconds.Count;

    public double Throughput => Count / Elapsed.TotalSeconds;

    /// <summary>Nearest-rank percentile (p in 0–100) of the sorted latencies.</summary>
    public double Percentile(double p)
    {
        if (Count == 0)
        {
            throw new InvalidOperationException("no latencies recorded.");
        }

        var rank = (int)Math.Ceiling(p / 100 * Count);
        return SortedMilliseconds[Math.Clamp(rank - 1, 0, Count - 1)];
    }
}
