using Microsoft.Extensions.Options;
using Npgsql;
using Review4U.Email.Sending;

namespace Review4U.Web.Infrastructure;

/// <summary>
/// Delivers the outbox continuously. Several processes may run it side by side: the dispatcher claims rows
/// with SKIP LOCKED and commits the claim before sending, so no row is sent twice.
/// </summary>
internal sealed class OutboxDeliveryService(
    OutboxDispatcher dispatcher, IOptions<OutboxDeliveryOptions> options, TimeProvider time, ILogger<OutboxDeliveryService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            try
            {
                var result = await dispatcher.DispatchDueAsync(stoppingToken);
                busy = result.Claimed > 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (NpgsqlException e)
            {
                logger.LogWarning(e, "Outbox delivery could not reach the database; retrying");
            }

            if (!busy)
            {
                await Task.Delay(options.Value.IdleInterval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
