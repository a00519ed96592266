using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Review4U.Email.Data;
using MimeKit;
using Review4U.Email.Inbound;
using Review4U.Email.Outbox;
using Review4U.Email.Sending;
using Review4U.Email.Tests.Infrastructure;
using Review4U.TestKit.Smtp;

namespace Review4U.Email.Tests.Inbound;

/// <summary>Replies travel through a real SMTP + IMAP server (smtp4dev) and are read with MailKit.</summary>
public sealed class ImapReplyReaderTests : IAsyncLifetime
{
    private EmailHarness _h = null!;
    private IAsyncDisposable _mailbox = null!;

    public async Task InitializeAsync()
    {
        // smtp4dev is shared with other test assemblies: no clearing, assertions look at our own messages only, and
        // no other reader runs meanwhile (it would mark our messages read).
        await Smtp4Dev.EnsureRunningAsync();
        _mailbox = await Smtp4Dev.LeaseMailboxAsync();
        _h = await EmailHarness.StartAsync(o =>
        {
            o.Imap.Enabled = false; // the test drives the reader itself
            o.Imap.Port = Smtp4Dev.ImapPort;
        });
    }

    public async Task DisposeAsync()
    {
        await _h.DisposeAsync();
        await _mailbox.DisposeAsync();
    }

    [Fact]
    public async Task PollOnceAsync_MatchesTrimsAcknowledgesAndForwards_ThenNeverReadsTheSameRepliesAgain()
    {
        var round = Guid.NewGuid();
        await _h.EnqueueAsync([
            EmailHarness.Email(1, EmailCategories.TaskInvitation, round, Guid.NewGuid()) with { Language = "fr" },
            EmailHarness.Email(2, EmailCategories.TaskInvitation, round, Guid.NewGuid()),
        ]);
        await _h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        var first = _h.Smtp.Received.Single(m => m.Message.Subject == "Invitation 1").Message;
        var second = _h.Smtp.Received.Single(m => m.Message.Subject == "Invitation 2").Message;
        _h.Smtp.Clear();

        var byToken = Reply("moussa@jeunesse.example", first.ReplyTo.Mailboxes.Single().Address, "Re: Invitation 1",
            "Nous avons formé 320 jeunes.\n\nLe lun. 2 nov. 2026 à 09:00, Alliance <reply@review4u.test> a écrit :\n> Bonjour\n",
            attachment: ("rapport.pdf", "%PDF-1.4 test"u8.ToArray()));
        var byInReplyTo = Reply("lucia@migrantes.example", "reply@review4u.test", "Re: Invitation 2",
            "We partially agree.\n\nSent from my iPhone\n\n> On 2 Nov 2026, at 09:00, Alliance wrote:\n> Dear member\n");
        byInReplyTo.InReplyTo = second.MessageId;
        var unknown = Reply("stranger@example.net", "reply@review4u.test", "Membership question",
            "How can our NGO join the alliance?\n");
        await SendToSmtp4DevAsync(byToken, byInReplyTo, unknown);

        await PollUntilRecordedAsync(byToken.MessageId!, byInReplyTo.MessageId!, unknown.MessageId!);
        var again = await _h.Get<ImapReplyReader>().PollOnceAsync(CancellationToken.None);

        Assert.Equal(0, again.Count(InboundOutcome.Duplicate));
        await using var context = _h.Context();
        var inbound = await context.Inbound.AsNoTracking().ToDictionaryAsync(r => r.MessageId);
        var a = inbound[byToken.MessageId!];
        Assert.Equal(("handled", "plus-address", "Nous avons formé 320 jeunes."), (a.Status, a.MatchedBy, a.Text));
        Assert.Contains("rapport.pdf", a.Attachments, StringComparison.Ordinal);
        var b = inbound[byInReplyTo.MessageId!];
        Assert.Equal(("handled", "in-reply-to", "We partially agree."), (b.Status, b.MatchedBy, b.Text));
        Assert.Equal(EmailHarness.BodyId, b.BodyId);
        var c = inbound[unknown.MessageId!];
        Assert.Equal(("forwarded", null), (c.Status, c.MatchedBy));

        await _h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        var acknowledgement = _h.Smtp.Received.Single(m => m.EnvelopeTo.Contains("moussa@jeunesse.example")).Message;
        Assert.Equal("Bien reçu : votre réponse à « Invitation 1 »", acknowledgement.Subject);
        Assert.Contains("Nous avons formé 320 jeunes.", acknowledgement.TextBody, StringComparison.Ordinal);
        Assert.Single(_h.Smtp.Received, m => m.EnvelopeTo.Contains("lucia@migrantes.example"));
        var forwarded = _h.Smtp.Received.Single(m => m.EnvelopeTo.Contains(EmailHarness.CoordinatorAddress)
            && (m.Message.Subject ?? "").Contains("stranger@example.net", StringComparison.Ordinal)).Message;
        Assert.Equal("Courriel non rattaché de stranger@example.net : Membership question", forwarded.Subject);
        Assert.Equal("stranger@example.net", forwarded.ReplyTo.Mailboxes.Single().Address);
        Assert.Contains("How can our NGO join the alliance?", forwarded.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImapReplyWatcher_RecordsAReplyArrivingWhileItWaits_WhenHosted()
    {
        await using var h = await EmailHarness.StartAsync(o =>
        {
            o.Imap.Enabled = true;
            o.Imap.Port = Smtp4Dev.ImapPort;
            o.Imap.PollInterval = TimeSpan.FromSeconds(3); // smtp4dev answers IDLE but does not push new mail: the interval bounds the wait
        }, realClock: true);
        var hosted = h.Services.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        try
        {
            await Task.Delay(500); // the watcher's first pass, then it waits (IDLE on smtp4dev)
            var reply = Reply("amina@haki.example", "reply@review4u.test", "Question", "Is the deadline firm?\n");
            await SendToSmtp4DevAsync(reply);

            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
            InboundRow? row = null;
            while (row is null && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
                await using var context = h.Context();
                row = await context.Inbound.AsNoTracking().SingleOrDefaultAsync(r => r.MessageId == reply.MessageId);
            }

            Assert.NotNull(row);
            Assert.Equal("forwarded", row.Status);
        }
        finally
        {
            foreach (var service in hosted)
            {
                await service.StopAsync(CancellationToken.None);
            }
        }
    }

    private async Task PollUntilRecordedAsync(params string[] messageIds)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            await _h.Get<ImapReplyReader>().PollOnceAsync(CancellationToken.None);
            await using var context = _h.Context();
            var recorded = await context.Inbound.CountAsync(r => messageIds.Contains(r.MessageId));
            if (recorded == messageIds.Length)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"only {recorded} of {messageIds.Length} replies were read within 20 s");
            await Task.Delay(200); // smtp4dev may store a message a moment after accepting it
        }
    }

    private static MimeMessage Reply(string from, string to, string subject, string text, (string Name, byte[] Content)? attachment = null)
    {
        var message = new MimeMessage { Subject = subject, MessageId = $"{Guid.NewGuid():N}@mail.example" };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        var body = new BodyBuilder { TextBody = text };
        if (attachment is { } a)
        {
            body.Attachments.Add(a.Name, a.Content, new ContentType("application", "pdf"));
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    private static async Task SendToSmtp4DevAsync(params MimeMessage[] messages)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", Smtp4Dev.SmtpPort, MailKit.Security.SecureSocketOptions.None);
        foreach (var message in messages)
        {
            await client.SendAsync(message);
        }

        await client.DisconnectAsync(true);
    }
}
