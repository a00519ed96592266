using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Review4U.Email.Outbox;
using Review4U.Email.Sending;
using Review4U.Email.Tests.Infrastructure;

namespace Review4U.Email.Tests.Sending;

/// <summary>
/// A claim is a row lock held by the batch's own transaction while it is sent: the row is written once, with its
/// outcome; meanwhile no other dispatcher can take it; and what every run reports is exactly what the server received.
/// </summary>
public sealed class OutboxDispatcherClaimTests
{
    [Fact]
    public async Task DispatchDueAsync_WritesARowOnlyWithItsOutcome_AndNoOtherDispatcherTakesItWhileItIsSent()
    {
        await using var h = await EmailHarness.StartAsync(o => o.Smtp.BatchSize = 10);
        var slow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Smtp.Hold("member3@example.org", slow.Task);
        await h.EnqueueAsync([.. Enumerable.Range(0, 10).Select(n => EmailHarness.Email(n))]);
        await using var other = h.ComposeAnother(o => o.Smtp.BatchSize = 10);

        var dispatch = h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        await h.Smtp.WaitForAsync(9);
        var whileSent = await h.OutboxAsync();
        var meanwhile = await other.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        slow.SetResult();
        var result = await dispatch;

        // Not written at the claim (no 'sending', no lease, attempt not counted yet): locked, so a second dispatcher skips it.
        Assert.All(whileSent, r => Assert.Equal((OutboxStatus.Queued, 0, (Guid?)null, (DateTimeOffset?)null), (r.Status, r.Attempts, r.ClaimId, r.ClaimedUntil)));
        Assert.Equal(DispatchResult.Empty, meanwhile);
        Assert.Equal(new DispatchResult(10, 10, 0, 0, 0), result);
        Assert.All(await h.OutboxAsync(), r => Assert.Equal((OutboxStatus.Sent, 1), (r.Status, r.Attempts)));
        Assert.Equal(10, (await h.Smtp.WaitForAsync(10)).Select(m => m.Message.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task DispatchDueAsync_ReportsExactlyWhatTheServerReceived_WhenThreeDispatchersRunRepeatedlyAtOnce()
    {
        static void Small(Review4U.Email.Options.EmailOptions o)
        {
            o.Smtp.BatchSize = 25;
            o.Smtp.MaxBatchesPerRun = 3;
        }

        await using var h = await EmailHarness.StartAsync(Small);
        h.Smtp.Refuse("member7@example.org", 550, "5.1.1 mailbox unavailable");
        await h.EnqueueAsync([.. Enumerable.Range(0, 600).Select(n => EmailHarness.Email(n))]);
        await using var second = h.ComposeAnother(Small);
        await using var third = h.ComposeAnother(Small);

        var perDispatcher = await Task.WhenAll(
            DrainAsync(h.Get<OutboxDispatcher>()),
            DrainAsync(second.GetRequiredService<OutboxDispatcher>()),
            DrainAsync(third.GetRequiredService<OutboxDispatcher>()));
        var total = perDispatcher.Aggregate(DispatchResult.Empty, (sum, r) => sum.Add(r));

        // 599 invitations and the coordinator's alert about the one refused for good.
        Assert.Equal(new DispatchResult(601, 600, 0, 1, 1), total);
        Assert.True(perDispatcher.Count(r => r.Sent > 0) >= 2, $"the runs did not overlap: {string.Join("; ", perDispatcher.AsEnumerable())}");
        var received = await h.Smtp.WaitForAsync(total.Sent);
        Assert.Equal(total.Sent, received.Count);
        Assert.Equal(total.Sent, received.Select(m => m.Message.MessageId).Distinct().Count());
        var rows = await h.OutboxAsync();
        Assert.Equal(total.Sent, rows.Count(r => r.Status == OutboxStatus.Sent && r.Attempts == 1));
        Assert.Equal(total.Failed, rows.Count(r => r.Status == OutboxStatus.Failed));
    }

    /// <summary>Runs one dispatcher until it finds nothing due, as the recurring job would, adding up what each run reported.</summary>
    private static async Task<DispatchResult> DrainAsync(OutboxDispatcher dispatcher)
    {
        var total = DispatchResult.Empty;
        for (var result = await dispatcher.DispatchDueAsync(CancellationToken.None); result.Claimed > 0;
             result = await dispatcher.DispatchDueAsync(CancellationToken.None))
        {
            total = total.Add(result);
        }

        return total;
    }
}
