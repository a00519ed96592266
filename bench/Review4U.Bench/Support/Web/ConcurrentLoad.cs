using System.Collections.Concurrent;
using System.Diagnostics;

namespace Review4U.Bench.Support.Web;

/// <summary>
/// N concurrent virtual users working through a list of items, each timing one action per item, until the items run
/// out or the time budget is spent (the rest is left undone and counted, never waited for).
/// </summary>
public static class ConcurrentLoad
{
    public static async Task<LoadOutcome> RunAsync<T>(IReadOnlyList<T> items, int users, TimeSpan budget, Func<T, Task<TimeSpan>> act)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(act);
        var latencies = new ConcurrentBag<double>();
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, users).Select(_ => Task.Run(async () =>
        {
            int index;
            while (watch.Elapsed < budget && (index = Interlocked.Increment(ref next)) < items.Count)
            {
                latencies.Add((await act(items[index])).TotalMilliseconds);
            }
        })));
        watch.Stop();
        return new LoadOutcome([.. latencies.Order()], watch.Elapsed);
    }
}
