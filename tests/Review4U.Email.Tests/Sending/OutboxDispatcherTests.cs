using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Review4U.Email.Coordinators;
using Review4U.Email.Outbox;
using Review4U.Email.Sending;
using Review4U.Email.Tests.Infrastructure;
using Review4U.TestKit.Smtp;

namespace Review4U.Email.Tests.Sending;

public sealed class OutboxDispatcherTests : IAsyncLifetime
{
    private EmailHarness _h = null!;

    public async Task InitializeAsync() => _h = await EmailHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task DispatchDueAsync_SendsEachRowExactlyOnce_WhenTwoDispatchersRunConcurrently()
    {
        await _h.EnqueueAsync([.. Enumerable.Range(0, 300).Select(n => EmailHarness.Email(n))]);
        await using var other = _h.ComposeAnother();

        var results = await Task.WhenAll(
            _h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None),
            other.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None));

        Assert.Equal(300, results.Sum(r => r.Sent));
        Assert.Equal(300, results.Sum(r => r.Claimed));
        var received = await _h.Smtp.WaitForAsync(300);
        await Task.Delay(200); // a duplicate, if any, would arrive right behind
        Assert.Equal(300, _h.Smtp.Received.Count);
        Assert.Equal(300, received.Select(m => m.Message.MessageId).Distinct().Count());
        Assert.All(await _h.OutboxAsync(), r => Assert.Equal(OutboxStatus.Sent, r.Status));
    }

    [Fact]
    public async Task DispatchDueAsync_DeliversEverythingOnceAfterwards_WhenTheSmtpServerIsDownForAWhile()
    {
        await _h.EnqueueAsync([.. Enumerable.Range(0, 40).Select(n => EmailHarness.Email(n))]);
        await _h.Smtp.StopAsync();

        var whileDown = await _h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        _h.Time.Advance(TimeSpan.FromSeconds(10));
        var beforeBackoff = await _h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        await _h.Smtp.RestartAsync();
        _h.Time.Advance(TimeSpan.FromSeconds(20));
        var afterwards = await _h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        var again = await _h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        Assert.Equal(new DispatchResult(40, 0, 40, 0, 0), whileDown);
        Assert.Equal(DispatchResult.Empty, beforeBackoff);
        Assert.Equal(new DispatchResult(40, 40, 0, 0, 0), afterwards);
        Assert.Equal(DispatchResult.Empty, again);
        Assert.Equal(40, _h.Smtp.Received.Select(m => m.Message.MessageId).Distinct().Count());
        Assert.Equal(40, _h.Smtp.Received.Count);
        Assert.All(await _h.OutboxAsync(), r => Assert.Equal(2, r.Attempts));
    }

    [Fact]
    public async Task DispatchDueAsync_ReconnectsAndDeliversOnce_WhenTheServerRestartsBetweenRuns()
    {
        await _h.EnqueueAsync([.. Enumerable.Range(0, 10).Select(n => EmailHarness.Email(n))]);
        await _h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        await _h.Smtp.StopAsync();
        await _h.Smtp.RestartAsync();
        await _h.EnqueueAsync([.. Enumerable.Range(10, 10).Select(n => EmailHarness.Email(n))]);

        var first = await _h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await _h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        Assert.Equal(10, first.Sent + second.Sent);
        Assert.Equal(20, _h.Smtp.Received.Select(m => m.Message.MessageId).Distinct().Count());
        Assert.Equal(20, _h.Smtp.Received.Count);
    }

    [Fact]
    public async Task DispatchDueAsync_RetriesWithExponentialBackoff_WhenTheServerRepliesWith4xx()
    {
        var start = _h.Time.GetUtcNow();
        await _h.EnqueueAsync([EmailHarness.Email(1)]);
        _h.Smtp.RefuseAll(new SmtpRefusal(451, "4.3.0 try again later"));
        var dispatcher = _h.Get<OutboxDispatcher>();

        await dispatcher.DispatchDueAsync(CancellationToken.None);
        var afterFirst = Assert.Single(await _h.OutboxAsync());
        _h.Time.Advance(TimeSpan.FromSeconds(30));
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        var afterSecond = Assert.Single(await _h.OutboxAsync());
        _h.Smtp.RefuseAll(null);
        _h.Time.Advance(TimeSpan.FromSeconds(59));
        var tooEarly = await dispatcher.DispatchDueAsync(CancellationToken.None);
        _h.Time.Advance(TimeSpan.FromSeconds(1));
        var delivered = await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(OutboxStatus.Queued, afterFirst.Status);
        Assert.StartsWith("451", afterFirst.LastError, StringComparison.Ordinal);
        Assert.Equal(start + TimeSpan.FromSeconds(30), afterFirst.NextAttemptAt);
        Assert.Equal(start + TimeSpan.FromSeconds(30 + 60), afterSecond.NextAttemptAt);
        Assert.Equal(DispatchResult.Empty, tooEarly);
        Assert.Equal(1, delivered.Sent);
        Assert.Single(_h.Smtp.Received);
    }

    [Fact]
    public async Task DispatchDueAsync_MarksTheRowFailed_WhenTransientFailuresExhaustTheAttempts()
    {
        await using var h = await EmailHarness.StartAsync(o => o.Smtp.MaxAttempts = 2);
        await h.EnqueueAsync([EmailHarness.Email(1)]);
        h.Smtp.RefuseAll(new SmtpRefusal(421, "4.7.0 busy"));

        await h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        h.Time.Advance(TimeSpan.FromMinutes(5));
        var last = await h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        Assert.Equal(1, last.Failed);
        var row = Assert.Single(await h.OutboxAsync());
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Equal(2, row.Attempts);
    }

    [Fact]
    public async Task DispatchDueAsync_FlagsTheAddressAndAlertsTheCoordinator_WhenTheServerRepliesWith5xx()
    {
        _h.Smtp.Refuse("member2@example.org", 550, "5.1.1 mailbox unavailable");
        await _h.EnqueueAsync([EmailHarness.Email(1), EmailHarness.Email(2)]);

        var first = await _h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        Assert.Equal(new DispatchResult(3, 2, 0, 1, 1), first);
        var rows = await _h.OutboxAsync();
        var failed = Assert.Single(rows, r => r.Status == OutboxStatus.Failed);
        Assert.Equal("member2@example.org", failed.ToAddress);
        Assert.StartsWith("550", failed.LastError, StringComparison.Ordinal);
        Assert.Contains("mailbox unavailable", failed.LastError, StringComparison.Ordinal);
        await using var context = _h.Context();
        var status = Assert.Single(await context.AddressStatus.ToListAsync());
        Assert.Equal(("member2@example.org", "bouncing", EmailHarness.BodyId), (status.Address, status.Status, status.BodyId));
        var alert = Assert.Single(rows, r => r.Category == EmailCategories.BounceAlert);
        Assert.Equal(OutboxStatus.Sent, alert.Status);
        var received = Assert.Single(_h.Smtp.Received, m => m.EnvelopeTo.Contains(EmailHarness.CoordinatorAddress));
        Assert.Equal("Adresse injoignable : member2@example.org", received.Message.Subject);
        Assert.Contains("550", received.Message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchDueAsync_RecordsAPermanentFailure_WhenTheAddressIsInvalid()
    {
        await _h.EnqueueAsync([EmailHarness.Email(1) with { To = "not an address" }]);

        var result = await _h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        Assert.Equal(1, result.Bounced);
        var row = Assert.Single(await _h.OutboxAsync(), r => r.Category == EmailCategories.TaskInvitation);
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.StartsWith("invalid address", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchDueAsync_LeavesAClaimedRowAlone_UntilItsLeaseRunsOut()
    {
        await _h.EnqueueAsync([EmailHarness.Email(1)]);
        await using (var connection = new NpgsqlConnection(_h.Database.ConnectionString))
        {
            // A dispatcher that claimed the row and died before recording anything.
            await connection.OpenAsync();
            await using var claim = new NpgsqlCommand(
                "UPDATE email.outbox SET status = 'sending', claim_id = gen_random_uuid(), claimed_until = $1, attempts = 1", connection);
            claim.Parameters.AddWithValue(_h.Time.GetUtcNow() + TimeSpan.FromMinutes(5));
            await claim.ExecuteNonQueryAsync();
        }

        var duringLease = await _h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        _h.Time.Advance(TimeSpan.FromMinutes(5));
        var afterLease = await _h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        Assert.Equal(DispatchResult.Empty, duringLease);
        Assert.Equal(1, afterLease.Sent);
        Assert.Equal(2, Assert.Single(await _h.OutboxAsync()).Attempts);
    }

    [Fact]
    public async Task DispatchDueAsync_RecordsEverythingItSent_WhenCancelledMidRun()
    {
        await _h.EnqueueAsync([.. Enumerable.Range(0, 400).Select(n => EmailHarness.Email(n))]);
        using var cancel = new CancellationTokenSource();
        var watcher = Task.Run(async () =>
        {
            await _h.Smtp.WaitForAsync(30);
            await cancel.CancelAsync();
        });

        var cancelled = await _h.Get<OutboxDispatcher>().DispatchDueAsync(cancel.Token);
        await watcher;
        var sentBefore = (await _h.OutboxAsync()).Count(r => r.Status == OutboxStatus.Sent);
        var receivedBefore = _h.Smtp.Received.Count;
        _h.Time.Advance(TimeSpan.FromMinutes(10));
        var resumed = await _h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        Assert.True(cancelled.Sent < 400, $"the run was not cancelled early enough ({cancelled})");
        Assert.Equal(receivedBefore, sentBefore);
        Assert.Equal(cancelled.Sent, sentBefore);
        Assert.Equal(400 - sentBefore, resumed.Sent);
        Assert.Equal(400, _h.Smtp.Received.Count);
        Assert.Equal(400, _h.Smtp.Received.Select(m => m.Message.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task DispatchDueAsync_StillRecordsEveryOutcome_WhenRaisingTheBounceAlertFails()
    {
        await using var h = await EmailHarness.StartAsync(register: s => s.AddSingleton<ICoordinatorResolver, UnavailableCoordinatorResolver>());
        h.Smtp.Refuse("member2@example.org", 550, "5.1.1 mailbox unavailable");
        await h.EnqueueAsync([EmailHarness.Email(1), EmailHarness.Email(2)]);

        var result = await h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        Assert.Equal(new DispatchResult(2, 1, 0, 1, 1), result);
        Assert.Equal([OutboxStatus.Sent, OutboxStatus.Failed], (await h.OutboxAsync()).Select(r => r.Status));
        await using var context = h.Context();
        Assert.Equal("member2@example.org", Assert.Single(context.AddressStatus).Address);
    }

    private sealed class UnavailableCoordinatorResolver : ICoordinatorResolver
    {
        public Task<BodyCoordinator?> ResolveAsync(Guid bodyId, CancellationToken ct) =>
            throw new InvalidOperationException("the directory of bodies is unavailable");

        public Task<BodyCoordinator?> ResolveDefaultAsync(CancellationToken ct) => ResolveAsync(Guid.Empty, ct);
    }
}
