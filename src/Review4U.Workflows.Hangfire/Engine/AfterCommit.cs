namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>Jobs to dispatch once the transaction has committed (never before: a job must see the rows it works on).</summary>
internal sealed class AfterCommit
{
    private readonly Dictionary<Guid, int> advances = [];
    private readonly List<(Guid Bookmark, DateTimeOffset DueAt)> timers = [];

    public void Advance(Guid instanceId, int jobs = 1) =>
        advances[instanceId] = Math.Max(jobs, advances.GetValueOrDefault(instanceId));

    public void Timer(Guid bookmarkId, DateTimeOffset dueAt) => timers.Add((bookmarkId, dueAt));

    public void Dispatch(JobDispatcher dispatcher)
    {
        foreach (var (instance, jobs) in advances)
        {
            for (var i = 0; i < jobs; i++)
            {
                dispatcher.Advance(instance);
            }
        }

        foreach (var (bookmark, dueAt) in timers)
        {
            dispatcher.FireAt(bookmark, dueAt);
        }
    }
}
