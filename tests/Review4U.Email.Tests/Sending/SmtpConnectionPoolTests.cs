using Review4U.Email.Outbox;
using Review4U.Email.Sending;
using Review4U.Email.Tests.Infrastructure;

namespace Review4U.Email.Tests.Sending;

/// <summary>Pooled SMTP connections against a real server that drops its sessions.</summary>
public sealed class SmtpConnectionPoolTests : IAsyncLifetime
{
    private static readonly TimeSpan CheckAfter = TimeSpan.FromMilliseconds(50);
    private EmailHarness _h = null!;

    public async Task InitializeAsync() => _h = await EmailHarness.StartAsync(o => o.Smtp.CheckIdleConnectionAfter = CheckAfter);

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task DispatchDueAsync_ChecksAnIdleConnectionBeforeUsingIt_WhenTheApplicationClockStoodStill()
    {
        await _h.EnqueueAsync([.. Enumerable.Range(0, 8).Select(n => EmailHarness.Email(n))]);
        Assert.Equal(8, (await _h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None)).Sent);
        // The server drops every session (as one does with sessions idle for its timeout); the pooled clients don't know.
        await _h.Smtp.StopAsync();
        await _h.Smtp.RestartAsync();
        await _h.EnqueueAsync([.. Enumerable.Range(100, 8).Select(n => EmailHarness.Email(n))]);

        // Idle past the check on the real clock, while the fake application clock has not moved at all.
        await Task.Delay(CheckAfter * 3);
        var result = await _h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        Assert.Equal(new DispatchResult(8, 8, 0, 0, 0), result);
        Assert.All(await _h.OutboxAsync(), r => Assert.Equal((OutboxStatus.Sent, 1), (r.Status, r.Attempts)));
    }
}
