using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Review4U.Email.Bounces;
using Review4U.Email.Options;

namespace Review4U.Email.Sending;

/// <summary>
/// Delivers due outbox rows: claim a batch (committed before sending), send it over several reused SMTP
/// connections, record every outcome after. Safe to run concurrently and repeatedly (a Hangfire recurring job).
/// The database work is pipelined with the sending: while a batch is on the wire, the next batch is claimed (on one
/// connection) and the previous batch's outcomes are recorded (on another), so SMTP rarely waits for PostgreSQL.
/// Cancellation (host shutdown) stops taking new messages, lets the one in flight finish and records every
/// outcome, so a cancelled run never leaves sent messages to be sent again; a batch claimed ahead but not sent
/// goes straight back to the queue (its attempt undone) rather than waiting out its lease.
/// </summary>
public sealed class OutboxDispatcher(IOptions<EmailOptions> options, SmtpConnectionPool pool, BounceRecorder bounces,
    TimeProvider time, ILogger<OutboxDispatcher> logger)
{
    public async Task<DispatchResult> DispatchDueAsync(CancellationToken ct)
    {
        var smtp = options.Value.Smtp;
        var total = DispatchResult.Empty;
        await using var claims = new NpgsqlConnection(options.Value.ConnectionString);
        await using var records = new NpgsqlConnection(options.Value.ConnectionString);
        await Task.WhenAll(claims.OpenAsync(ct), records.OpenAsync(ct));
        Task<(Guid ClaimId, List<ClaimedEmail> Emails)>? claimedAhead = null;
        Task<DispatchResult>? recording = null;
        try
        {
            // The first claim may be cancelled; the ones claimed ahead are not (a claim cancelled after its commit
            // would strand rows until their lease ran out): they are released instead when the run stops.
            claimedAhead = ClaimAsync(claims, ct);
            for (var batch = 0; claimedAhead is not null; batch++)
            {
                var claim = claimedAhead;
                claimedAhead = null; // taken: from here on this run sends (or records) it, there is nothing to release
                var (claimId, claimed) = await claim;
                if (claimed.Count == 0 && recording is not null)
                {
                    // Claimed ahead before the previous batch was recorded: what that recording queued (a bounce alert)
                    // is due in this run too, as when batches ran one after another. Nothing is in flight now.
                    total = total.Add(await recording);
                    recording = null;
                    (claimId, claimed) = await ClaimAsync(claims, ct);
                }

                if (claimed.Count == 0)
                {
                    break;
                }

                var sending = SendAsync(claimed, ct);
                if (batch + 1 < smtp.MaxBatchesPerRun && !ct.IsCancellationRequested)
                {
                    // Its lease clock starts one batch early, while this batch is sent: a batch takes seconds, the
                    // lease minutes (LeaseTimeout), so the rows stay ours until they are sent and recorded.
                    claimedAhead = ClaimAsync(claims, CancellationToken.None);
                }

                var outcomes = await sending;
                if (recording is not null)
                {
                    total = total.Add(await recording);
                }

                recording = RecordAsync(records, claimId, claimed, outcomes);
                if (ct.IsCancellationRequested)
                {
                    break;
                }
            }
        }
        finally
        {
            await ReleaseAsync(claims, claimedAhead);
            if (recording is not null)
            {
                total = total.Add(await recording);
            }
        }

        return total;
    }

    private async Task<(Guid ClaimId, List<ClaimedEmail> Emails)> ClaimAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var smtp = options.Value.Smtp;
        var claimId = Guid.NewGuid();
        return (claimId, await OutboxClaims.ClaimAsync(connection, claimId, time.GetUtcNow(), smtp.LeaseTimeout, smtp.BatchSize, ct));
    }

    /// <summary>A batch claimed ahead that this run will not send: back to 'queued' now, attempt undone.</summary>
    private async Task ReleaseAsync(NpgsqlConnection connection, Task<(Guid ClaimId, List<ClaimedEmail> Emails)>? claimedAhead)
    {
        if (claimedAhead is null)
        {
            return;
        }

        try
        {
            var (claimId, emails) = await claimedAhead;
            if (emails.Count > 0)
            {
                await OutboxClaims.ReleaseAsync(connection, claimId, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException)
        {
            // The claim failed or was never made (nothing to release), or the release failed: the lease hands the rows over later.
            logger.LogWarning(e, "A batch claimed ahead could not be released; its rows wait for their lease to run out");
        }
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

    private async Task<DispatchResult> RecordAsync(NpgsqlConnection connection, Guid claimId, List<ClaimedEmail> claimed, SendOutcome[] outcomes)
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
