using Review4U.Email.Outbox;
using Review4U.Email.Sending;
using Review4U.Email.Templates;
using Review4U.Email.Tests.Infrastructure;

namespace Review4U.Email.Tests.Sending;

public sealed class LocalisedDeliveryTests : IAsyncLifetime
{
    private EmailHarness _h = null!;

    public async Task InitializeAsync() => _h = await EmailHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Theory]
    [InlineData("en", "ltr", "Dear Amina Njoroge,", "your contribution to")]
    [InlineData("fr", "ltr", "Bonjour Amina Njoroge,", "votre contribution à")]
    [InlineData("es", "ltr", "Estimado/a Amina Njoroge:", "su contribución a")]
    [InlineData("ar", "rtl", "السيد/السيدة Amina Njoroge،", "مساهمتكم في")]
    public async Task Dispatch_DeliversTheInvitationInTheContactsLanguage_WithReadableTextAndHtmlParts(
        string language, string dir, string greeting, string subjectPart)
    {
        var rendered = _h.Get<EmailTemplates>().Render(SampleModels.Invitation(), language, "en");
        await _h.EnqueueAsync([rendered.ToOutgoing(EmailHarness.BodyId, "invite:" + language, "amina@haki.example", "Amina Njoroge")
            with { TaskId = Guid.NewGuid() }]);

        await _h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        var message = Assert.Single(_h.Smtp.Received).Message;
        Assert.Equal(EmailCategories.TaskInvitation, Assert.Single(await _h.OutboxAsync()).Category);
        Assert.Contains(subjectPart, message.Subject, StringComparison.Ordinal);
        Assert.StartsWith(greeting, message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{language}\" dir=\"{dir}\">", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(greeting, message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("https://review4u.example/t/abc?x=1&y=2", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://review4u.example/t/abc?x=1&amp;y=2\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("utf-8", message.BodyParts.OfType<MimeKit.TextPart>().First().ContentType.Charset, ignoreCase: true);
    }
}
