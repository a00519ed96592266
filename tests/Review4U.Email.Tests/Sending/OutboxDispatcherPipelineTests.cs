using Review4U.Email.Outbox;
using Review4U.Email.Sending;
using Review4U.Email.Tests.Infrastructure;

namespace Review4U.Email.Tests.Sending;

/// <summary>The dispatcher claims the next batch while the current one is sent: it must not claim beyond its run, nor strand what it claimed ahead.</summary>
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
}
