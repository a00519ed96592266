using System.Collections.Concurrent;

namespace Review4U.Workflows.Tests.Runtime.Support;

/// <summary>Counts calls per key across attempts and jobs (memory outside the database, like a remote system).</summary>
public sealed class AttemptCounter
{
    private readonly ConcurrentDictionary<string, int> counts = new();

    public int Next(string key) => counts.AddOrUpdate(key, 1, (_, n) => n + 1);

    public int Get(string key) => counts.GetValueOrDefault(key);

    public int Total => counts.Values.Sum();
}
