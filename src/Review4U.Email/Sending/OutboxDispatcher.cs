using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Review4U.Email.Bounces;
using Review4U.Email.Options;

namespace Review4U.Email.Sending;

/// <summary>
/// Delivers due outbox rows: claim a batch (committed before sending), send it over several reused SMTP
/// connections, record every outcome after. Safe to run concurrently and repeatedly (a Hangfire recurring job).
/// The database work is pipelined with the sending (see <see cref="DispatchRun"/>): while messages are on the wire,
/// the next batch is claimed on one connection and finished batches are recorded on another, and each SMTP connection
/// takes the next message as soon as it is free. Cancellation (host shutdown) stops taking new messages, lets the ones
/// in flight finish and records every outcome, so a cancelled run never leaves sent messages to be sent again; rows
/// claimed but not sent go straight back to the queue (their attempt undone) rather than waiting out their lease.
/// </summary>
public sealed class OutboxDispatcher(IOptions<EmailOptions> options, SmtpConnectionPool pool, BounceRecorder bounces,
    TimeProvider time, ILogger<OutboxDispatcher> logger)
{
    private readonly OutcomeRecorder _recorder = new(options, bounces, time, logger);

    public async Task<DispatchResult> DispatchDueAsync(CancellationToken ct)
    {
        await using var claims = new NpgsqlConnection(options.Value.ConnectionString);
        await using var records = new NpgsqlConnection(options.Value.ConnectionString);
        await Task.WhenAll(claims.OpenAsync(ct), records.OpenAsync(ct));
        using var run = new DispatchRun(options.Value, pool, _recorder, time, logger);
        return await run.ExecuteAsync(claims, records, ct);
    }
}
