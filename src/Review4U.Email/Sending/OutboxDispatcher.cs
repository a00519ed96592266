using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Review4U.Email.Bounces;
using Review4U.Email.Options;

namespace Review4U.Email.Sending;

/// <summary>
/// Delivers due outbox rows: claim a batch (lock its rows in a transaction kept open while it is sent), send it over
/// several reused SMTP connections, record every outcome in that transaction and commit. Safe to run concurrently and
/// repeatedly (a Hangfire recurring job): a second dispatcher skips locked rows, and a dispatcher that dies has its
/// transactions aborted, which makes its unrecorded rows due again.
/// The database work is pipelined with the sending (see <see cref="DispatchRun"/>): while messages are on the wire,
/// the next batch is claimed and finished batches are recorded, and each SMTP connection takes the next message as
/// soon as it is free. Cancellation (host shutdown) stops taking new messages, lets the ones in flight finish and
/// records every outcome, so a cancelled run never leaves sent messages to be sent again; rows claimed but not sent
/// are unlocked untouched (due again at once).
/// </summary>
public sealed class OutboxDispatcher(IOptions<EmailOptions> options, SmtpConnectionPool pool, BounceRecorder bounces,
    TimeProvider time, ILogger<OutboxDispatcher> logger)
{
    private readonly OutcomeRecorder _recorder = new(options, bounces, time, logger);

    public async Task<DispatchResult> DispatchDueAsync(CancellationToken ct)
    {
        await using var connections = new RunConnections(options.Value.ConnectionString);
        using var run = new DispatchRun(options.Value, pool, _recorder, time, logger);
        return await run.ExecuteAsync(connections, ct);
    }
}
