using System.Diagnostics;
using MimeKit;
using Npgsql;
using Review4U.Email.Outbox;
using Review4U.Email.Sending;
using Review4U.Email.Tests.Infrastructure;
using Review4U.Email.Unsubscribe;
using Xunit.Abstractions;

namespace Review4U.Email.Tests.Outbox;

public sealed class PostgresOutboxTests(ITestOutputHelper output) : IAsyncLifetime
{
    private EmailHarness _h = null!;

    public async Task InitializeAsync() => _h = await EmailHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task EnqueueAsync_Queues10000EmailsInOneCall_AndIgnoresTheSameKeysTheSecondTime()
    {
        var emails = Enumerable.Range(0, 10_000).Select(n => EmailHarness.Email(n)).ToList();

        var watch = Stopwatch.StartNew();
        var first = await _h.EnqueueAsync(emails);
        var elapsed = watch.Elapsed;
        var second = await _h.EnqueueAsync(emails);

        Assert.Equal(10_000, first);
        Assert.Equal(0, second);
        Assert.Equal(10_000, (await _h.OutboxAsync()).Count);
        Assert.True(elapsed < TimeSpan.FromSeconds(20), $"10,000 rows took {elapsed}");
        output.WriteLine($"EnqueueAsync: 10,000 emails in one call took {elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task EnqueueAsync_QueuesOneRow_WhenTheBatchRepeatsAKey()
    {
        var queued = await _h.EnqueueAsync([EmailHarness.Email(1), EmailHarness.Email(1) with { Subject = "second" }]);

        Assert.Equal(1, queued);
        Assert.Equal("Invitation 1", Assert.Single(await _h.OutboxAsync()).Subject);
    }

    [Fact]
    public async Task EnqueueAsync_LeavesNothing_WhenTheCallersTransactionRollsBack()
    {
        await using var connection = new NpgsqlConnection(_h.Database.ConnectionString);
        await connection.OpenAsync();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await _h.Get<IOutbox>().EnqueueAsync(transaction, [EmailHarness.Email(1)], CancellationToken.None);
            await transaction.RollbackAsync();
        }

        Assert.Empty(await _h.OutboxAsync());
    }

    [Fact]
    public async Task EnqueueAsync_RejectsTheWholeBatchWithAClearError_WhenAnEmailIsIncomplete()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            _h.EnqueueAsync([EmailHarness.Email(1), EmailHarness.Email(2, EmailCategories.TaskReminder)]));

        Assert.Contains("needs ScopeId and ContactId", error.Message, StringComparison.Ordinal);
        Assert.Empty(await _h.OutboxAsync());
    }

    [Fact]
    public async Task EnqueueNewAsync_WritesTheSameRowsAsEnqueueAsync_WhenTheKeysAreNew()
    {
        var staged = Enumerable.Range(0, 50).Select(n => EmailHarness.Email(n)).ToList();
        var direct = Enumerable.Range(50, 50).Select(n => EmailHarness.Email(n) with { Headers = new Dictionary<string, string> { ["X-Test"] = "yes" } }).ToList();

        Assert.Equal(50, await _h.EnqueueAsync(staged));
        Assert.Equal(50, await EnqueueNewAsync(direct));

        var rows = await _h.OutboxAsync();
        Assert.Equal(100, rows.Count);
        Assert.Equal(100, rows.Select(r => r.MessageId).Distinct().Count());
        Assert.All(rows, r =>
        {
            Assert.Equal("queued", r.Status);
            Assert.Equal(0, r.Attempts);
            Assert.Equal(_h.Time.GetUtcNow(), r.NextAttemptAt);
            Assert.StartsWith("reply+", r.ReplyTo, StringComparison.Ordinal);
            Assert.Contains("\"Auto-Submitted\": \"auto-generated\"", r.Headers, StringComparison.Ordinal);
            Assert.Equal("[]", r.Attachments);
        });
        var first = rows.Single(r => r.Subject == "Invitation 0");
        var copied = rows.Single(r => r.Subject == "Invitation 50");
        Assert.Equal(first.FromAddress, copied.FromAddress);
        Assert.Equal(first.Category, copied.Category);
        Assert.Equal(staged[0].TaskId, first.TaskId);
        Assert.Equal(direct[0].TaskId, copied.TaskId);
        Assert.Equal("<p>Dear member 50,</p><p>Please answer.</p>", copied.HtmlBody);
        Assert.Contains("\"X-Test\": \"yes\"", copied.Headers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnqueueNewAsync_FailsAndLeavesNoRowOfTheBatch_WhenAKeyExistsAlready()
    {
        await _h.EnqueueAsync([EmailHarness.Email(1)]);

        var error = await Assert.ThrowsAsync<PostgresException>(() => EnqueueNewAsync([EmailHarness.Email(2), EmailHarness.Email(1) with { Subject = "again" }]));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
        Assert.Equal("Invitation 1", Assert.Single(await _h.OutboxAsync()).Subject);
    }

    [Fact]
    public async Task EnqueueNewAsync_RefusesTheWholeBatch_WhenItHoldsAReminder()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            EnqueueNewAsync([EmailHarness.Email(1), EmailHarness.Email(2, EmailCategories.TaskReminder, Guid.NewGuid(), Guid.NewGuid())]));

        Assert.Contains("EnqueueAsync", error.Message, StringComparison.Ordinal);
        Assert.Empty(await _h.OutboxAsync());
    }

    [Fact]
    public async Task Dispatch_SendsTextAndHtmlWithAutomationAndUnsubscribeHeaders_WhenTheEmailIsAReminder()
    {
        var round = Guid.NewGuid();
        var contact = Guid.NewGuid();
        await _h.EnqueueAsync([EmailHarness.Email(1), EmailHarness.Email(2, EmailCategories.TaskReminder, round, contact)]);

        await _h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        var invitation = Assert.Single(_h.Smtp.Received, m => m.Message.Subject == "Invitation 1").Message;
        var reminder = Assert.Single(_h.Smtp.Received, m => m.Message.Subject == "Invitation 2").Message;
        Assert.Equal("auto-generated", invitation.Headers["Auto-Submitted"]);
        Assert.Null(invitation.Headers["List-Unsubscribe"]);
        Assert.Equal("auto-generated", reminder.Headers["Auto-Submitted"]);
        Assert.Equal("List-Unsubscribe=One-Click", reminder.Headers["List-Unsubscribe-Post"]);
        var listUnsubscribe = (reminder.Headers["List-Unsubscribe"] ?? "").Replace("\r\n", "", StringComparison.Ordinal).Replace("\t", "", StringComparison.Ordinal);
        Assert.Matches(@"^<https://review4u\.test/email/unsubscribe\?token=[0-9a-f]{96}\.[\w-]{43}>, *<mailto:unsubscribe@review4u\.local\?subject=unsubscribe%20[0-9a-f]{96}\.[\w-]{43}>$", listUnsubscribe);
        var alternative = Assert.IsType<MultipartAlternative>(reminder.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.Contains("Please answer.", reminder.TextBody, StringComparison.Ordinal);
        Assert.Contains("<p>Please answer.</p>", reminder.HtmlBody, StringComparison.Ordinal);
        Assert.Matches(@"^reply\+[0-9a-f]{32}@review4u\.test$", reminder.ReplyTo.Mailboxes.Single().Address);
        Assert.Equal((await _h.OutboxAsync()).Single(r => r.Subject == "Invitation 2").MessageId, reminder.MessageId);
    }

    [Fact]
    public async Task Unsubscribe_MutesOnlyThatRoundsReminders_WhenTheContactClicksTheOneClickLink()
    {
        var (roundA, roundB, contact, other) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await _h.EnqueueAsync([EmailHarness.Email(1, EmailCategories.TaskReminder, roundA, contact)]);
        await _h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        var header = _h.Smtp.Received.Single().Message.Headers["List-Unsubscribe"];
        var token = System.Text.RegularExpressions.Regex.Match(header ?? "", @"token=([^>]+)>").Groups[1].Value;

        var accepted = await _h.Get<UnsubscribeService>().UnsubscribeAsync(token, CancellationToken.None);
        var again = await _h.Get<UnsubscribeService>().UnsubscribeAsync(token, CancellationToken.None);
        var queued = await _h.EnqueueAsync([
            EmailHarness.Email(2, EmailCategories.TaskReminder, roundA, contact),
            EmailHarness.Email(3, EmailCategories.TaskReminder, roundB, contact),
            EmailHarness.Email(4, EmailCategories.TaskReminder, roundA, other),
            EmailHarness.Email(5, EmailCategories.TaskEscalation, roundA, contact),
        ]);

        Assert.True(accepted);
        Assert.True(again);
        Assert.Equal(3, queued);
        var subjects = (await _h.OutboxAsync()).Select(r => r.Subject).ToList();
        Assert.DoesNotContain("Invitation 2", subjects);
        Assert.Contains("Invitation 3", subjects);
        Assert.Contains("Invitation 4", subjects);
        Assert.Contains("Invitation 5", subjects);
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task UnsubscribeAsync_RefusesAndWritesNothing_WhenTheTokenIsNotSigned(string token)
    {
        var accepted = await _h.Get<UnsubscribeService>().UnsubscribeAsync(token, CancellationToken.None);

        Assert.False(accepted);
        await using var context = _h.Context();
        Assert.Empty(context.ReminderMutes);
    }

    private async Task<int> EnqueueNewAsync(IReadOnlyList<OutgoingEmail> emails)
    {
        await using var connection = new NpgsqlConnection(_h.Database.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var queued = await _h.Get<IOutbox>().EnqueueNewAsync(transaction, emails, CancellationToken.None);
        await transaction.CommitAsync();
        return queued;
    }
}
