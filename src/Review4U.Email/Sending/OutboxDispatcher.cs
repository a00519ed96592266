using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Review4U.Email.Bounces;
using Review4U.Email.Options;

namespace Review4U.Email.Sending;

/// <summary>
/// Delivers due outbox rows: claim a batch (committed before sending), send it over several reused SMTP
/// connections, record every outcome after. Safe to run concurrently and repeatedly (a Hangfire recurring job).
/// Cancellation (host shutdown) stops taking new messages, lets the one in flight finish and records every
/// outcome, so a cancelled run never leaves sent messages to be sent again.
/// </summary>
public sealed class OutboxDispatcher(IOptions<EmailOptions> options, SmtpConnectionPool pool, BounceRecorder bounces,
    TimeProvider time, ILogger<OutboxDispatcher> logger)
{
    public async Task<DispatchResult> DispatchDueAsync(CancellationToken ct)
    {
        var smtp = options.Value.Smtp;
        var total = DispatchResult.Empty;
        await using var connection = new NpgsqlConnection(options.Value.ConnectionString);
        await connection.OpenAsync(ct);
        for (var batch = 0; batch < smtp.MaxBatchesPerRun && !ct.IsCancellationRequested; batch++)
        {
            var claimId = Guid.NewGuid();
            var claimed = await OutboxClaims.ClaimAsync(connection, claimId, time.GetUtcNow(), smtp.LeaseTimeout, smtp.BatchSize, ct);
            if (claimed.Count == 0)
            {
                break;
            }

            var outcomes = await SendAsync(claimed, ct);
            total = total.Add(await RecordAsync(connection, claimId, claimed, outcomes, ct));
        }

        return total;
    }

    private async Task<SendOutcome[]> SendAsync(List<ClaimedEmail> claimed, CancellationToken ct)
    {
        var outcomes = new SendOutcome[claimed.Count];
        var unreachable = 0;
        var next = -1;
        var workers = Enumerable.Range(0, Math.Min(options.Value.Smtp.MaxConnections, claimed.Count)).Select(async _ =>
        {
            MailKit.Net.Smtp.SmtpClient? client = null;
            int i;
            while ((i = Interlocked.Increment(ref next)) < claimed.Count)
            {
                if (ct.IsCancellationRequested)
                {
                    outcomes[i] = new SendOutcome(SendOutcomeKind.Transient, "not attempted: the dispatch was cancelled");
                    continue;
                }

                if (Volatile.Read(ref unreachable) == 1)
                {
                    outcomes[i] = new SendOutcome(SendOutcomeKind.Transient, "not attempted: the SMTP server is unreachable");
                    continue;
                }

                try
                {
                    client ??= await pool.RentAsync(ct);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    outcomes[i] = new SendOutcome(SendOutcomeKind.Transient, "not attempted: the dispatch was cancelled");
                    continue;
                }
                catch (Exception e)
                {
                    Volatile.Write(ref unreachable, 1);
                    outcomes[i] = FailureClassifier.Classify(e);
                    logger.LogWarning("SMTP server unreachable: {Error}", e.Message);
                    continue;
                }

                // Not cancellable: a message half-sent when cancelled would have an unknown fate (the client's
                // timeout bounds the wait instead).
                (outcomes[i], var usable) = await SendOneAsync(client, claimed[i]);
                if (!usable)
                {
                    SmtpConnectionPool.Discard(client);
                    client = null;
                }
            }

            if (client is not null)
            {
                pool.Return(client);
            }
        }).ToList();
        await Task.WhenAll(workers);
        return outcomes;
    }

    private async Task<(SendOutcome Outcome, bool ConnectionUsable)> SendOneAsync(MailKit.Net.Smtp.SmtpClient client, ClaimedEmail email)
    {
        try
        {
            var message = MimeMessageFactory.Create(email, options.Value.FromName, time.GetUtcNow());
            return (SendOutcome.Sent(await client.SendAsync(message, CancellationToken.None)), true);
        }
        catch (Exception e)
        {
            return (FailureClassifier.Classify(e), FailureClassifier.KeepsConnection(e) && client.IsConnected);
        }
    }

    private async Task<DispatchResult> RecordAsync(NpgsqlConnection connection, Guid claimId, List<ClaimedEmail> claimed,
        SendOutcome[] outcomes, CancellationToken ct)
    {
        var smtp = options.Value.Smtp;
        var now = time.GetUtcNow();
        var rows = claimed.Select((email, i) => (
            email.Id,
            OutboxClaims.StatusOf(outcomes[i].Kind, email.Attempts, smtp.MaxAttempts),
            now + Backoff.Delay(email.Attempts, smtp.RetryBaseDelay, smtp.RetryMaxDelay),
            outcomes[i].Kind == SendOutcomeKind.Sent ? null : outcomes[i].Reply)).ToList();

        // Recording must not be cancelled half-way: the messages are out, their state has to follow.
        await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
        var updated = await OutboxClaims.RecordAsync(connection, transaction, claimId, now, rows, CancellationToken.None);
        if (updated != rows.Count)
        {
            logger.LogWarning("{Lost} of {Count} claimed rows were taken over after their lease ran out", rows.Count - updated, rows.Count);
        }

        var bounced = 0;
        for (var i = 0; i < claimed.Count; i++)
        {
            if (outcomes[i] is { Kind: SendOutcomeKind.Permanent, RecipientRefused: true } outcome)
            {
                // A savepoint per bounce: whatever goes wrong with the alert, the outcomes above must commit,
                // or the rows would stay 'sending' and be sent again after their lease.
                await transaction.SaveAsync("bounce", CancellationToken.None);
                try
                {
                    await bounces.RecordAsync(transaction, claimed[i], outcome.Reply ?? "", CancellationToken.None);
                    await transaction.ReleaseAsync("bounce", CancellationToken.None);
                    bounced++;
                }
                catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ArgumentException or Fluid.ParseException)
                {
                    await transaction.RollbackAsync("bounce", CancellationToken.None);
                    logger.LogError(e, "Recording the bounce of {Address} failed; the row is marked failed without an alert", claimed[i].To);
                }
            }
        }

        await transaction.CommitAsync(CancellationToken.None);
        return new DispatchResult(
            claimed.Count,
            rows.Count(r => r.Item2 == Outbox.OutboxStatus.Sent),
            rows.Count(r => r.Item2 == Outbox.OutboxStatus.Queued),
            rows.Count(r => r.Item2 == Outbox.OutboxStatus.Failed),
            bounced);
    }
}
