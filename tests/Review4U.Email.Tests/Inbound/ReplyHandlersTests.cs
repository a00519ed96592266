using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Npgsql;
using Review4U.Email.Inbound;
using Review4U.Email.Outbox;
using Review4U.Email.Templates.Models;
using Review4U.Email.Tests.Infrastructure;

namespace Review4U.Email.Tests.Inbound;

public sealed class ReplyHandlersTests : IAsyncLifetime
{
    private const string AgendaCall = "agenda-call";
    private EmailHarness _h = null!;

    public async Task InitializeAsync() => _h = await EmailHarness.StartAsync(register: services =>
        services.AddReview4UReplyHandler<CountingHandler>(AgendaCall));

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task ProcessAsync_GivesTheReplyToTheCategorysHandler_WhenTheRepliedEmailHasARoutedCategory()
    {
        await _h.EnqueueAsync([EmailHarness.Email(1, category: AgendaCall)]);
        var sent = Assert.Single(await _h.OutboxAsync());

        var outcome = await _h.Get<InboundMailProcessor>().ProcessAsync(Reply(sent.ReplyToken!), CancellationToken.None);

        Assert.Equal(InboundOutcome.Handled, outcome);
        var handled = Assert.Single(_h.Get<CountingHandler>().Replies);
        Assert.Equal((AgendaCall, sent.Id), (handled.Category, handled.OutboxId));
    }

    [Fact]
    public async Task ProcessAsync_GivesTheReplyToTheDefaultHandler_WhenTheCategoryHasNoRoute()
    {
        await _h.EnqueueAsync([EmailHarness.Email(1)]);
        var sent = Assert.Single(await _h.OutboxAsync());

        var outcome = await _h.Get<InboundMailProcessor>().ProcessAsync(Reply(sent.ReplyToken!), CancellationToken.None);

        Assert.Equal(InboundOutcome.Handled, outcome);
        Assert.Empty(_h.Get<CountingHandler>().Replies);
        Assert.Single(await _h.OutboxAsync(), r => r.Category == EmailCategories.ReplyAcknowledgement);
    }

    [Fact]
    public void Constructor_Throws_WhenTwoHandlersClaimOneCategory()
    {
        var services = new ServiceCollection();
        services.AddReview4UReplyHandler<CountingHandler>(AgendaCall);
        services.AddReview4UReplyHandler<CountingHandler>(AgendaCall);
        services.AddSingleton<IReplyHandler, CountingHandler>();
        services.AddSingleton<ReplyHandlers>();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ReplyHandlers>());

        Assert.Contains("'agenda-call'", error.Message, StringComparison.Ordinal);
    }

    private static MimeMessage Reply(string token)
    {
        var message = new MimeMessage { Subject = "Re: Agenda", MessageId = $"{Guid.NewGuid():N}@mail.example" };
        message.From.Add(MailboxAddress.Parse("member1@example.org"));
        message.To.Add(MailboxAddress.Parse($"reply+{token}@review4u.test"));
        message.Body = new TextPart("plain") { Text = "Please add border cooperation to the agenda." };
        return message;
    }

    private sealed class CountingHandler : IReplyHandler
    {
        public List<InboundReply> Replies { get; } = [];

        public Task<ReplyAcknowledgement?> HandleAsync(NpgsqlTransaction transaction, InboundReply reply, CancellationToken ct)
        {
            Replies.Add(reply);
            return Task.FromResult<ReplyAcknowledgement?>(null);
        }
    }
}
