using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Review4U.Workflows.Hangfire.Hosting;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>
/// Turns engine work into Hangfire jobs. Called only after the database transaction commits; if the process dies
/// in between, the sweeper finds the ready branch or overdue bookmark and dispatches it again.
/// </summary>
internal sealed class JobDispatcher(IBackgroundJobClient client, WorkflowEngineOptions options)
{
    public void Advance(Guid instanceId) =>
        client.Create(new Job(typeof(WorkflowJobs), typeof(WorkflowJobs).GetMethod(nameof(WorkflowJobs.AdvanceAsync))!, [instanceId], options.Queue),
            new EnqueuedState(options.Queue));

    public void FireAt(Guid bookmarkId, DateTimeOffset dueAt) =>
        client.Create(new Job(typeof(WorkflowJobs), typeof(WorkflowJobs).GetMethod(nameof(WorkflowJobs.FireTimerAsync))!, [bookmarkId], options.Queue),
            new ScheduledState(dueAt.UtcDateTime));

    public void FireNow(Guid bookmarkId) =>
        client.Create(new Job(typeof(WorkflowJobs), typeof(WorkflowJobs).GetMethod(nameof(WorkflowJobs.FireTimerAsync))!, [bookmarkId], options.Queue),
            new EnqueuedState(options.Queue));
}
