using Npgsql;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>Resumes every open wait for (name, key), or keeps the event for the first wait created later.</summary>
internal sealed class EventPublisher(NpgsqlDataSource dataSource, JobDispatcher dispatcher, TimeProvider time)
{
    public async Task<int> PublishAsync(string name, string key, object? payload, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var instances = new List<Guid>();
        await using (var connection = await dataSource.OpenConnectionAsync(ct))
        await using (var transaction = await connection.BeginTransactionAsync(ct))
        {
            await BookmarkStore.LockEventAsync(connection, transaction, name, key, ct);
            var bookmarks = new List<Guid>();
            await using (var command = Db.Command(connection, transaction,
                "SELECT id FROM workflow.bookmarks WHERE kind = 'event' AND event_name = $1 AND event_key = $2 AND status = 'open' ORDER BY id FOR UPDATE",
                name, key))
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    bookmarks.Add(reader.GetGuid(0));
                }
            }

            var journal = new JournalBuffer();
            foreach (var bookmark in bookmarks)
            {
                if (await Resumption.ResumeBookmarkAsync(connection, transaction, bookmark, new ResumeSignal(ResumeSignal.Event, payload), journal, $"event:{name}", now, ct) is { } instance)
                {
                    instances.Add(instance);
                }
            }

            if (instances.Count == 0)
            {
                await Db.ExecuteAsync(connection, transaction,
                    "INSERT INTO workflow.pending_events (event_name, event_key, payload, published_at) VALUES ($1, $2, $3, $4)",
                    ct, name, key, Db.Jsonb(PlainJson.Serialize(payload)), now);
            }

            await journal.FlushAsync(connection, transaction, ct);
            await transaction.CommitAsync(ct);
        }

        foreach (var instance in instances.Distinct())
        {
            dispatcher.Advance(instance);
        }

        return instances.Count;
    }
}
