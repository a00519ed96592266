using System.Collections.Concurrent;
using System.Diagnostics;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Review4U.Email.Options;

namespace Review4U.Email.Sending;

/// <summary>
/// Open, authenticated SMTP connections kept between messages and between dispatch runs. MailKit's client
/// is not thread-safe, so each parallel sender rents one; a connection idle for a while (real time) is checked with NOOP.
/// </summary>
public sealed class SmtpConnectionPool(IOptions<EmailOptions> options, ILogger<SmtpConnectionPool> logger) : IAsyncDisposable
{
    private readonly ConcurrentBag<(SmtpClient Client, long ReturnedAt)> _idle = [];

    public async Task<SmtpClient> RentAsync(CancellationToken ct)
    {
        while (_idle.TryTake(out var pooled))
        {
            if (!pooled.Client.IsConnected)
            {
                pooled.Client.Dispose();
                continue;
            }

            // Idle time on the machine's monotonic clock, not the injected TimeProvider: the server drops an idle session
            // after real seconds, whatever the application's (or a test's) clock says.
            if (Stopwatch.GetElapsedTime(pooled.ReturnedAt) < options.Value.Smtp.CheckIdleConnectionAfter)
            {
                return pooled.Client;
            }

            try
            {
                await pooled.Client.NoOpAsync(ct);
                return pooled.Client;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogDebug(e, "Dropping an SMTP connection that went stale while idle");
                pooled.Client.Dispose();
            }
        }

        var smtp = options.Value.Smtp;
        var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Security, ct);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public void Return(SmtpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (client.IsConnected && _idle.Count < options.Value.Smtp.MaxConnections)
        {
            _idle.Add((client, Stopwatch.GetTimestamp()));
        }
        else
        {
            client.Dispose();
        }
    }

    /// <summary>Closes a connection that failed mid-conversation.</summary>
    public static void Discard(SmtpClient client) => client?.Dispose();

    public async ValueTask DisposeAsync()
    {
        while (_idle.TryTake(out var pooled))
        {
            try
            {
                await pooled.Client.DisconnectAsync(quit: true);
            }
            catch (Exception e) when (e is IOException or MailKit.ServiceNotConnectedException or MailKit.Net.Smtp.SmtpProtocolException)
            {
                // the server went away first: nothing to close politely
            }

            pooled.Client.Dispose();
        }
    }
}
