using Microsoft.EntityFrameworkCore;
using MimeKit;
using Review4U.Email.Inbound;
using Review4U.Email.Outbox;
using Review4U.Email.Tests.Infrastructure;
using Review4U.Email.Unsubscribe;

namespace Review4U.Email.Tests.Inbound;

public sealed class InboundMailProcessorTests : IAsyncLifetime
{
    private EmailHarness _h = null!;

    public async Task InitializeAsync() => _h = await EmailHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task ProcessAsync_RecordsAndAcknowledgesOnce_WhenTheSameMessageIsReadTwice()
    {
        await _h.EnqueueAsync([EmailHarness.Email(1)]);
        var sent = Assert.Single(await _h.OutboxAsync());
        var reply = Message("member1@example.org", $"reply+{sent.ReplyToken}@review4u.test", "Yes, partially.");

        var first = await _h.Get<InboundMailProcessor>().ProcessAsync(reply, CancellationToken.None);
        var second = await _h.Get<InboundMailProcessor>().ProcessAsync(reply, CancellationToken.None);

        Assert.Equal((InboundOutcome.Handled, InboundOutcome.Duplicate), (first, second));
        await using var context = _h.Context();
        Assert.Single(context.Inbound);
        Assert.Single(await _h.OutboxAsync(), r => r.Category == EmailCategories.ReplyAcknowledgement);
    }

    [Fact]
    public async Task ProcessAsync_MatchesThroughReferences_WhenInReplyToIsMissing()
    {
        await _h.EnqueueAsync([EmailHarness.Email(1)]);
        var sent = Assert.Single(await _h.OutboxAsync());
        var reply = Message("member1@example.org", "reply@review4u.test", "Answer");
        reply.References.Add("unrelated@elsewhere.example");
        reply.References.Add(sent.MessageId);

        var outcome = await _h.Get<InboundMailProcessor>().ProcessAsync(reply, CancellationToken.None);

        Assert.Equal(InboundOutcome.Handled, outcome);
        await using var context = _h.Context();
        Assert.Equal("references", (await context.Inbound.SingleAsync()).MatchedBy);
    }

    [Fact]
    public async Task ProcessAsync_RecordsWithoutAcknowledging_WhenTheMessageIsAnOutOfOfficeReply()
    {
        await _h.EnqueueAsync([EmailHarness.Email(1)]);
        var sent = Assert.Single(await _h.OutboxAsync());
        var reply = Message("member1@example.org", $"reply+{sent.ReplyToken}@review4u.test", "I am out of the office until Monday.");
        reply.Headers.Add("Auto-Submitted", "auto-replied");

        var outcome = await _h.Get<InboundMailProcessor>().ProcessAsync(reply, CancellationToken.None);

        Assert.Equal(InboundOutcome.AutoReply, outcome);
        Assert.DoesNotContain(await _h.OutboxAsync(), r => r.Category == EmailCategories.ReplyAcknowledgement);
        await using var context = _h.Context();
        Assert.Equal("auto-reply", (await context.Inbound.SingleAsync()).Status);
    }

    [Fact]
    public async Task ProcessAsync_MutesTheRoundsReminders_WhenTheMessageIsAMailtoUnsubscribe()
    {
        var (round, contact) = (Guid.NewGuid(), Guid.NewGuid());
        var token = new UnsubscribeToken(EmailHarness.BodyId, round, contact).Sign("test-secret-test-secret-test-secret");
        var request = Message("member1@example.org", "unsubscribe@review4u.local", "", subject: "unsubscribe " + token);

        var outcome = await _h.Get<InboundMailProcessor>().ProcessAsync(request, CancellationToken.None);
        var queued = await _h.EnqueueAsync([EmailHarness.Email(1, EmailCategories.TaskReminder, round, contact)]);

        Assert.Equal(InboundOutcome.Unsubscribed, outcome);
        Assert.Equal(0, queued);
    }

    private static MimeMessage Message(string from, string to, string text, string subject = "Re: Invitation")
    {
        var message = new MimeMessage { Subject = subject, MessageId = $"{Guid.NewGuid():N}@mail.example" };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }
}
