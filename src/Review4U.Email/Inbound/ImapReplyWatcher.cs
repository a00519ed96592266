using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Review4U.Email.Options;

namespace Review4U.Email.Inbound;

/// <summary>Runs the reply reader for the host's lifetime when <c>Email:Imap:Enabled</c> is set: read, then IDLE (or wait), repeat.</summary>
internal sealed class ImapReplyWatcher(IOptions<EmailOptions> options, ImapReplyReader reader, TimeProvider time,
    ILogger<ImapReplyWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Imap.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var result = await reader.PollOnceAsync(stoppingToken);
                if (result.Total > 0)
                {
                    logger.LogInformation("Read {Count} replies from the mailbox", result.Total);
                }

                await reader.WaitForMailAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is IOException or MailKit.ProtocolException or MailKit.CommandException or MailKit.Security.AuthenticationException or MailKit.ServiceNotConnectedException or System.Net.Sockets.SocketException or Npgsql.NpgsqlException or TimeoutException)
            {
                logger.LogWarning(e, "Reading the reply mailbox failed; retrying after the poll interval");
                await Task.Delay(options.Value.Imap.PollInterval, time, stoppingToken);
            }
        }
    }
}
