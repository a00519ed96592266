using Microsoft.Extensions.Logging;
using Npgsql;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>
/// A Hangfire timer job fires a bookmark only if it is still open and due on the injected clock: a duplicated,
/// late or early firing is a no-op, so a timer's step runs once however often Hangfire delivers the job.
/// </summary>
internal sealed class TimerFirer(NpgsqlDataSource dataSource, JobDispatcher dispatcher, TimeProvider time, ILogger<TimerFirer> logger)
{
    public async Task FireAsync(Guid bookmarkId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        Guid? instance;
        await using (var connection = await dataSource.OpenConnectionAsync(ct))
        await using (var transaction = await connection.BeginTransactionAsync(ct))
        {
            string kind;
            await using (var command = Db.Command(connection, transaction,
                "SELECT kind, due_at, status FROM workflow.bookmarks WHERE id = $1 FOR UPDATE", bookmarkId))
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                if (!await reader.ReadAsync(ct) || reader.GetString(2) != "open")
                {
                    logger.LogDebug("Timer {Bookmark} is no longer open: nothing to do", bookmarkId);
                    return;
                }

                var due = Db.Nullable<DateTimeOffset?>(reader, 1);
                if (due is null || due > now)
                {
                    logger.LogInformation("Timer {Bookmark} fired before its time ({Due:O} > {Now:O}): ignored", bookmarkId, due, now);
                    return;
                }

                kind = reader.GetString(0);
            }

            var signal = new ResumeSignal(kind switch
            {
                BookmarkKind.Retry => ResumeSignal.Retry,
                BookmarkKind.Deadline => ResumeSignal.Deadline,
                _ => ResumeSignal.Timer,
            }, null);
            var journal = new JournalBuffer();
            instance = await Resumption.ResumeBookmarkAsync(connection, transaction, bookmarkId, signal, journal, "timer", now, ct);
            await journal.FlushAsync(connection, transaction, ct);
            await transaction.CommitAsync(ct);
        }

        if (instance is { } id)
        {
            dispatcher.Advance(id);
        }
    }
}
