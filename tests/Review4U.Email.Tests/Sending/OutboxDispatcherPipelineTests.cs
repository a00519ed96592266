using Npgsql;
using Review4U.Email.Outbox;
using Review4U.Email.Sending;
using Review4U.Email.Tests.Infrastructure;

namespace Review4U.Email.Tests.Sending;

/// <summary>
/// The dispatcher claims the next batch while the current one is sent and its connections pull messages one by one:
/// it must not claim beyond its run, strand what it claimed ahead, let one slow message stall the others, nor send again
/// what it recorded before a crash.
/// </summary>
public sealed class OutboxDispatcherPipelineTests
{
    [Fact]
    public async Task DispatchDueAsync_ClaimsNoBatchBeyondItsRun_WhenMoreRowsAreDue()
    {
        await using var h = await EmailHarness.StartAsync(o =>
        {
            o.Smtp.BatchSize = 40;
            o.Smtp.MaxBatchesPerRun = 3;
        });
        await h.EnqueueAsync([.. Enumerable.Range(0, 150).Select(n => EmailHarness.Email(n))]);

        var result = await h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        Assert.Equal(new DispatchResult(120, 120, 0, 0, 0), result);
        var rows = await h.OutboxAsync();
        Assert.Equal(120, rows.Count(r => r.Status == OutboxStatus.Sent && r.Attempts == 1));
        Assert.Equal(30, rows.Count(r => r.Status == OutboxStatus.Queued && r.Attempts == 0 && r.ClaimId == null));
        Assert.Equal(120, (await h.Smtp.WaitForAsync(120)).Count);
    }

    [Fact]
    public async Task DispatchDueAsync_ClaimsASmallFirstBatch_ThenFullOnes_SoTheFirstMessagesWaitForAShortRead()
    {
        await using var h = await EmailHarness.StartAsync(o =>
        {
            o.Smtp.BatchSize = 100;
            o.Smtp.MaxConnections = 2;
        });
        await h.EnqueueAsync([.. Enumerable.Range(0, 300).Select(n => EmailHarness.Email(n))]);

        var result = await h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        // 16 per connection first, then full batches; each batch is recorded by one transaction of its own.
        Assert.Equal(new DispatchResult(300, 300, 0, 0, 0), result);
        Assert.Equal([32, 100, 100, 68], await RecordedBatchSizesAsync(h));
        Assert.Equal(300, (await h.Smtp.WaitForAsync(300)).Select(m => m.Message.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task DispatchDueAsync_ClaimsNoMoreRowsThanItsFullBatchesWould_WhenItsFirstClaimIsSmall()
    {
        await using var h = await EmailHarness.StartAsync(o =>
        {
            o.Smtp.BatchSize = 40;
            o.Smtp.MaxConnections = 1;
            o.Smtp.MaxBatchesPerRun = 3;
        });
        await h.EnqueueAsync([.. Enumerable.Range(0, 150).Select(n => EmailHarness.Email(n))]);

        var result = await h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        Assert.Equal(new DispatchResult(120, 120, 0, 0, 0), result);
        Assert.Equal([16, 40, 40, 24], await RecordedBatchSizesAsync(h));
        Assert.Equal(30, (await h.OutboxAsync()).Count(r => r.Status == OutboxStatus.Queued && r.Attempts == 0));
    }

    [Fact]
    public async Task DispatchDueAsync_EndsAfterItsLastShortBatch_WhenItsRecordingsQueuedNothing()
    {
        await using var h = await EmailHarness.StartAsync();
        var slow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Smtp.Hold("member3@example.org", slow.Task);
        await h.EnqueueAsync([.. Enumerable.Range(0, 10).Select(n => EmailHarness.Email(n))]);

        var dispatch = h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        await h.Smtp.WaitForAsync(9);
        await h.EnqueueAsync([.. Enumerable.Range(10, 5).Select(n => EmailHarness.Email(n))]); // after the run's only claim
        slow.SetResult();
        var run = await dispatch;
        var next = await h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        // No claim after the short batch: nothing bounced, so nothing of this run's own is waiting; the next run sends the rest.
        Assert.Equal(new DispatchResult(10, 10, 0, 0, 0), run);
        Assert.Equal(new DispatchResult(5, 5, 0, 0, 0), next);
        Assert.Equal(15, (await h.Smtp.WaitForAsync(15)).Select(m => m.Message.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task DispatchDueAsync_ReturnsTheBatchClaimedAheadToTheQueueAtOnce_WhenCancelledMidRun()
    {
        await using var h = await EmailHarness.StartAsync(o => o.Smtp.BatchSize = 50);
        await h.EnqueueAsync([.. Enumerable.Range(0, 400).Select(n => EmailHarness.Email(n))]);
        using var cancel = new CancellationTokenSource();
        var watcher = Task.Run(async () =>
        {
            await h.Smtp.WaitForAsync(30);
            await cancel.CancelAsync();
        });

        var cancelled = await h.Get<OutboxDispatcher>().DispatchDueAsync(cancel.Token);
        await watcher;
        var afterCancel = await h.OutboxAsync();
        var resumedAtOnce = await h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        Assert.True(cancelled.Sent < 400, $"the run was not cancelled early enough ({cancelled})");
        Assert.DoesNotContain(afterCancel, r => r.Status == "sending");
        Assert.Contains(afterCancel, r => r.Status == OutboxStatus.Queued && r.Attempts == 0); // released, not left to its lease
        Assert.Equal(afterCancel.Count(r => r.Status == OutboxStatus.Queued && r.Attempts == 0), resumedAtOnce.Sent);
        var received = h.Smtp.Received;
        Assert.Equal(received.Count, received.Select(m => m.Message.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task DispatchDueAsync_KeepsTheOtherConnectionsSending_WhileOneMessageIsSlow()
    {
        await using var h = await EmailHarness.StartAsync(o => o.Smtp.BatchSize = 20);
        var slow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Smtp.Hold("member0@example.org", slow.Task);
        await h.EnqueueAsync([.. Enumerable.Range(0, 100).Select(n => EmailHarness.Email(n))]);

        var dispatch = h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        // Well within the client's 10 s timeout: with a barrier per batch, at most the slow message's batch and the one
        // claimed ahead would get through (40), the rest waiting for it.
        var whileHeld = (await h.Smtp.WaitForAsync(99, TimeSpan.FromSeconds(8))).Count;
        slow.SetResult();
        var result = await dispatch;

        Assert.Equal(99, whileHeld);
        Assert.Equal(new DispatchResult(100, 100, 0, 0, 0), result);
        Assert.Equal(100, (await h.Smtp.WaitForAsync(100)).Select(m => m.Message.MessageId).Distinct().Count());
        Assert.All(await h.OutboxAsync(), r => Assert.Equal((OutboxStatus.Sent, 1), (r.Status, r.Attempts)));
    }

    [Fact]
    public async Task DispatchDueAsync_SendsNothingAgainThatWasRecordedSent_AndTheRestAtOnce_WhenTheRunCrashesMidStream()
    {
        await using var h = await EmailHarness.StartAsync(o => o.Smtp.BatchSize = 20);
        var slow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Smtp.Hold("member150@example.org", slow.Task); // keeps the run alive until the crash
        await h.EnqueueAsync([.. Enumerable.Range(0, 300).Select(n => EmailHarness.Email(n))]);

        var dispatch = h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        await h.Smtp.WaitForAsync(100);
        await WaitForRecordedSentAsync(h, atLeast: 20);
        await TerminateOtherSessionsAsync(h.Database.ConnectionString); // the dispatcher's database connections die
        slow.SetResult();
        await Assert.ThrowsAnyAsync<Exception>(() => dispatch);
        NpgsqlConnection.ClearPool(new NpgsqlConnection(h.Database.ConnectionString));
        var recordedSent = (await h.OutboxAsync()).Where(r => r.Status == OutboxStatus.Sent).Select(r => r.MessageId).ToHashSet();
        // No time passes: the crashed run's claims were row locks of its own transactions, gone with its connections.
        var resumed = await h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        Assert.NotEmpty(recordedSent);
        Assert.Equal(300 - recordedSent.Count, resumed.Sent);
        Assert.All(await h.OutboxAsync(), r => Assert.Equal(OutboxStatus.Sent, r.Status));
        var received = await h.Smtp.WaitForAsync(300);
        Assert.All(recordedSent, id => Assert.Single(received, m => m.Message.MessageId == id));
        Assert.Equal(300, received.Select(m => m.Message.MessageId).Distinct().Count());
    }

    /// <summary>Rows written by each recording transaction (a row's xmin), in the order the batches were recorded.</summary>
    private static async Task<List<long>> RecordedBatchSizesAsync(EmailHarness h)
    {
        await using var connection = new NpgsqlConnection(h.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM email.outbox WHERE attempts > 0 GROUP BY xmin ORDER BY xmin::text::bigint", connection);
        var sizes = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            sizes.Add(reader.GetInt64(0));
        }

        return sizes;
    }

    private static async Task WaitForRecordedSentAsync(EmailHarness h, int atLeast)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var connection = new NpgsqlConnection(h.Database.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM email.outbox WHERE status = 'sent'", connection);
        while ((long)(await count.ExecuteScalarAsync(timeout.Token))! < atLeast)
        {
            await Task.Delay(10, timeout.Token); // polling the recorder's progress, not waiting out a deadline
        }
    }

    private static async Task TerminateOtherSessionsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var terminate = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
        await terminate.ExecuteScalarAsync();
    }
}
