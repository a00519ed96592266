namespace Review4U.Bench.Support;

/// <summary>Waits for a count read from the database to reach a target, failing loudly rather than hanging.</summary>
public static class Poll
{
    public static async Task UntilAsync(Func<Task<long>> probe, long target, TimeSpan timeout, string what)
    {
        ArgumentNullException.ThrowIfNull(probe);
        var deadline = DateTime.UtcNow + timeout;
        long seen;
        while ((seen = await probe()) < target)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{what}: {seen} of {target} after {timeout.TotalSeconds:0} s.");
            }

            await Task.Delay(10);
        }
    }
}
