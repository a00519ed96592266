using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Review4U.TestKit.Workflows;

/// <summary>
/// Runs the jobs of a real Hangfire storage one by one in the test's thread, with the fake clock deciding which
/// scheduled jobs are due: what a Hangfire server does, made deterministic. Jobs are built from a DI scope.
/// </summary>
public sealed class HangfireJobDrainer(JobStorage storage, IBackgroundJobClient client, IServiceScopeFactory scopes, TimeProvider clock, string queue)
{
    private readonly List<Exception> failures = [];

    /// <summary>Exceptions thrown by jobs (each failed job was requeued and run again, as Hangfire's retry would).</summary>
    public IReadOnlyList<Exception> Failures => failures;

    /// <summary>How many jobs ran (successfully or not).</summary>
    public int JobsRun { get; private set; }

    /// <summary>Moves scheduled jobs due at the fake clock's time to the queue (Hangfire's delayed-job scheduler, on our clock).</summary>
    public int PromoteDueScheduledJobs()
    {
        using var connection = storage.GetConnection();
        var now = JobHelper.ToTimestamp(clock.GetUtcNow().UtcDateTime);
        var promoted = 0;
        while (connection.GetFirstByLowestScoreFromSet("schedule", 0, now) is { } entry)
        {
            var jobId = JobIdOf(entry);
            if (!client.ChangeState(jobId, new EnqueuedState(queue) { Reason = "Due on the fake clock" }, ScheduledState.StateName))
            {
                // Not in the Scheduled state any more (deleted, or changed elsewhere): drop the stale entry like Hangfire does.
                using var transaction = connection.CreateWriteTransaction();
                transaction.RemoveFromSet("schedule", entry);
                transaction.Commit();
            }

            promoted++;
        }

        return promoted;
    }

    /// <summary>The fake-clock time of the earliest scheduled job, or null when none is scheduled.</summary>
    public DateTimeOffset? NextScheduledAt()
    {
        using var connection = storage.GetConnection();
        var entry = connection.GetFirstByLowestScoreFromSet("schedule", 0, double.MaxValue);
        if (entry is null)
        {
            return null;
        }

        var state = connection.GetStateData(JobIdOf(entry));
        return state?.Data.TryGetValue("EnqueueAt", out var at) == true
            ? new DateTimeOffset(JobHelper.DeserializeDateTime(at), TimeSpan.Zero)
            : null;
    }

    /// <summary>Hangfire 1.8 stores a job with a queue in the schedule set as <c>queue:id</c>.</summary>
    private static string JobIdOf(string entry) => entry[(entry.LastIndexOf(':') + 1)..];

    /// <summary>Runs enqueued jobs until the queue is empty (promoting due scheduled jobs between runs).</summary>
    public async Task<int> DrainAsync(int maxJobs = 100_000)
    {
        var ran = 0;
        while (ran < maxJobs)
        {
            PromoteDueScheduledJobs();
            if (storage.GetMonitoringApi().EnqueuedCount(queue) == 0)
            {
                return ran;
            }

            await RunOneAsync();
            ran++;
        }

        throw new InvalidOperationException($"Still busy after {maxJobs} jobs: a workflow loops or keeps failing ({failures.Count} failures).");
    }

    private async Task RunOneAsync()
    {
        using var connection = storage.GetConnection();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var fetched = connection.FetchNextJob([queue], cancel.Token);
        var data = connection.GetJobData(fetched.JobId) ?? throw new InvalidOperationException($"Job {fetched.JobId} has no data.");
        JobsRun++;
        try
        {
            await PerformAsync(data.Job);
            client.ChangeState(fetched.JobId, new SucceededState(null, 0, 0), null);
            fetched.RemoveFromQueue();
        }
#pragma warning disable CA1031 // A job's failure is recorded and the job retried, as a Hangfire worker does.
        catch (Exception e)
#pragma warning restore CA1031
        {
            failures.Add(e);
            if (failures.Count > 1000)
            {
                throw new InvalidOperationException("A job keeps failing.", e);
            }

            fetched.Requeue();
        }
    }

    private async Task PerformAsync(Job job)
    {
        await using var scope = scopes.CreateAsyncScope();
        var instance = job.Method.IsStatic ? null : ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, job.Type);
        try
        {
            var result = job.Method.Invoke(instance, [.. job.Args]);
            if (result is Task task)
            {
                await task;
            }
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
        }
    }
}
