using Npgsql;
using Review4U.Workflows.Hangfire.Hosting;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>
/// The safety net behind "dispatch after commit": a process that dies between its commit and its Hangfire enqueue
/// leaves a ready branch or an overdue timer; this recurring job dispatches them again (duplicates are no-ops).
/// </summary>
internal sealed class Sweeper(NpgsqlDataSource dataSource, JobDispatcher dispatcher, WorkflowEngineOptions options, TimeProvider time)
{
    public async Task<(int Instances, int Timers)> SweepAsync(CancellationToken ct)
    {
        var cutoff = time.GetUtcNow() - options.StalledAfter;
        var instances = new List<Guid>();
        var timers = new List<Guid>();
        await using (var connection = await dataSource.OpenConnectionAsync(ct))
        {
            await using (var command = Db.Command(connection, null,
                "SELECT DISTINCT instance_id FROM workflow.branches WHERE status = 'ready' AND ready_at < $1 LIMIT 1000", cutoff))
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    instances.Add(reader.GetGuid(0));
                }
            }

            await using (var command = Db.Command(connection, null,
                "SELECT id FROM workflow.bookmarks WHERE status = 'open' AND due_at < $1 ORDER BY due_at LIMIT 1000", cutoff))
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    timers.Add(reader.GetGuid(0));
                }
            }
        }

        instances.ForEach(dispatcher.Advance);
        timers.ForEach(dispatcher.FireNow);
        return (instances.Count, timers.Count);
    }
}
