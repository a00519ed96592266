using System.Diagnostics;
using System.Globalization;
using MailKit.Net.Smtp;
using MimeKit;
using Review4U.Email.Sending;
using Review4U.Email.Tests.Infrastructure;
using Review4U.TestKit.Smtp;
using Xunit.Abstractions;

namespace Review4U.Email.Tests.Measurements;

/// <summary>
/// Emails per second through outbox → dispatcher → MailKit → in-process SMTP server, beside raw MailKit sending
/// the same messages over the same number of connections. Figures go to the test output (and
/// REVIEW4U_EMAIL_MEASURE=N sets the count; default 2,000).
/// </summary>
public sealed class ThroughputTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Connections = 4;
    private static readonly int Count = int.TryParse(Environment.GetEnvironmentVariable("REVIEW4U_EMAIL_MEASURE"), out var n) ? n : 2000;
    private EmailHarness _h = null!;

    public async Task InitializeAsync() => _h = await EmailHarness.StartAsync(o =>
    {
        o.Smtp.MaxConnections = Connections;
        o.Smtp.BatchSize = 500;
    });

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task DispatchDueAsync_DeliversEveryRowOnce_AndReportsItsRateBesideRawMailKit()
    {
        // Warm both paths up (JIT, connections, pool) so that neither pays the cold start in its figure.
        var warmUp = Enumerable.Range(0, 200).Select(i => EmailHarness.Email(-1 - i)).ToList();
        await _h.EnqueueAsync(warmUp);
        await _h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        await SendRawAsync([.. warmUp.Select(e => Mime(e.To, e.Subject, e.TextBody, e.HtmlBody!))]);
        await _h.Smtp.WaitForAsync(400);
        _h.Smtp.Clear();

        var emails = Enumerable.Range(0, Count).Select(i => EmailHarness.Email(i)).ToList();
        var enqueue = Stopwatch.StartNew();
        await _h.EnqueueAsync(emails);
        enqueue.Stop();
        var dispatch = Stopwatch.StartNew();
        var result = await _h.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        await _h.Smtp.WaitForAsync(Count);
        dispatch.Stop();

        _h.Smtp.Clear();
        var messages = emails.Select(e => Mime(e.To, e.Subject, e.TextBody, e.HtmlBody!)).ToList();
        var raw = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Connections).Select(c => SendRawAsync(messages.Where((_, i) => i % Connections == c).ToList())));
        await _h.Smtp.WaitForAsync(Count);
        raw.Stop();

        Assert.Equal(Count, result.Sent);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Count} emails, {Connections} connections: enqueue (COPY) {Count / enqueue.Elapsed.TotalSeconds:F0}/s; " +
            $"outbox dispatch {Count / dispatch.Elapsed.TotalSeconds:F0}/s; raw MailKit {Count / raw.Elapsed.TotalSeconds:F0}/s"));
    }

    private async Task SendRawAsync(List<MimeMessage> messages)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", _h.Smtp.Port, MailKit.Security.SecureSocketOptions.None);
        foreach (var message in messages)
        {
            await client.SendAsync(message);
        }

        await client.DisconnectAsync(true);
    }

    private static MimeMessage Mime(string to, string subject, string text, string html)
    {
        var message = new MimeMessage { Subject = subject };
        message.From.Add(MailboxAddress.Parse("review4u@review4u.local"));
        message.To.Add(MailboxAddress.Parse(to));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        return message;
    }
}
