using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Npgsql;
using Review4U.Email.Options;
using MailSmtpClient = MailKit.Net.Smtp.SmtpClient;

namespace Review4U.Email.Sending;

/// <summary>
/// One <see cref="OutboxDispatcher.DispatchDueAsync"/> call as three kinds of loop over shared queues: a claimer that
/// keeps at most one batch claimed ahead of the senders; one sender per SMTP connection pulling messages one at a time
/// (no barrier per batch: a slow message holds up only its own connection); a recorder that writes each batch as soon
/// as its last message has an outcome. Each batch keeps its rows locked in a transaction of its own (on a connection of
/// <see cref="RunConnections"/>) from claim to record, so PostgreSQL and SMTP overlap.
/// Stopping (cancellation, or a recording that failed) lets the messages in flight finish, records every outcome and
/// releases what was claimed but never handed to SMTP (its rows are unlocked with the batch's commit, untouched).
/// </summary>
internal sealed class DispatchRun(EmailOptions options, SmtpConnectionPool pool, OutcomeRecorder recorder, TimeProvider time, ILogger logger)
    : IDisposable
{
    private const int FirstClaimPerConnection = 16;

    // Outcomes written per statement while the rest of their batch is still being sent: small enough that the write left
    // after a batch's last message (the one nothing overlaps at the end of a run) is short, large enough to keep the
    // statements few (five per batch of 500).
    private const int RecordChunk = 100;
    private readonly SmtpOptions _smtp = options.Smtp;
    private readonly Channel<(ClaimedBatch Batch, int Index)> _queue = Channel.CreateUnbounded<(ClaimedBatch, int)>(new() { SingleWriter = true });
    private readonly Channel<ClaimedBatch> _finished = Channel.CreateUnbounded<ClaimedBatch>(new() { SingleReader = true });
    private readonly ConcurrentQueue<(ClaimedBatch Batch, int Index)> _unsentAtStop = new();
    private readonly DispatchProgress _progress = new(options.Smtp.BatchSize);
    private int _unreachable;
    private int _recordingsQueued; // 1 once a recording queued an email (a bounce alert)

    public async Task<DispatchResult> ExecuteAsync(RunConnections connections, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var recording = RecordLoopAsync(connections, stop);
        var senders = Enumerable.Range(0, _smtp.MaxConnections).Select(_ => SendLoopAsync(stop.Token)).ToList();
        try
        {
            await ClaimLoopAsync(connections, stop.Token);
        }
        finally
        {
            _queue.Writer.TryComplete();
            await Task.WhenAll(senders);
            ReleaseUnsent();
            _finished.Writer.TryComplete();
            await ((Task)recording).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        return await recording;
    }

    public void Dispose() => _progress.Dispose();

    private async Task ClaimLoopAsync(RunConnections connections, CancellationToken stop)
    {
        var lastWasFull = true;
        var budget = _smtp.MaxBatchesPerRun * _smtp.BatchSize; // rows one run may claim
        var limit = FirstClaimSize(_smtp);
        while (budget > 0)
        {
            // After a full batch the next is claimed once the senders start on this one (its rows stay locked one batch
            // longer). A short batch means nothing more was due: claim again only once everything is recorded, and only
            // if the recordings queued something (a bounce alert), so that it still goes out in this run; otherwise
            // that claim would find nothing but what was queued meanwhile, which the next run sends.
            var ready = lastWasFull ? await _progress.WaitForRoomAsync(stop) : await AllRecordedAndSomethingQueuedAsync(stop);
            if (!ready || Volatile.Read(ref _unreachable) == 1)
            {
                return;
            }

            // Any claim may be cancelled: a cancelled claim's transaction rolls back and its rows stay due.
            limit = Math.Min(limit, budget);
            var batch = await ClaimAsync(connections, limit, stop);
            if (batch is null)
            {
                if (_progress.Outstanding == 0)
                {
                    return;
                }

                // Nothing due now, batches still out: as after a short batch, claim again only if their recordings queue something.
                lastWasFull = false;
                continue;
            }

            _progress.Claimed(batch.Count);
            for (var i = 0; i < batch.Count; i++)
            {
                _queue.Writer.TryWrite((batch, i));
            }

            budget -= batch.Count;
            lastWasFull = batch.Count >= limit;
            limit = _smtp.BatchSize;
        }
    }

    private async Task<bool> AllRecordedAndSomethingQueuedAsync(CancellationToken stop) =>
        await _progress.WaitForAllRecordedAsync(stop) && Volatile.Read(ref _recordingsQueued) == 1;

    /// <summary>
    /// The first claim of a run is small (a few messages per connection) so that the first messages go out after a
    /// short read rather than a full batch's; the next, full batch is claimed while they are on the wire. It shortens a
    /// small round's time to its first email, and every run's by the difference between the two reads.
    /// </summary>
    private static int FirstClaimSize(SmtpOptions smtp) => Math.Min(smtp.BatchSize, FirstClaimPerConnection * smtp.MaxConnections);

    /// <summary>
    /// Locks the next due rows in a new transaction, left open for the batch; null (and nothing held) when none are due or
    /// the run is stopping.
    /// </summary>
    private async Task<ClaimedBatch?> ClaimAsync(RunConnections connections, int limit, CancellationToken stop)
    {
        try
        {
            return await TryClaimAsync(connections, limit, stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return null; // rolled back: its rows stay due
        }
    }

    private async Task<ClaimedBatch?> TryClaimAsync(RunConnections connections, int limit, CancellationToken ct)
    {
        var connection = await connections.RentAsync(ct);
        NpgsqlTransaction? transaction = null;
        try
        {
            transaction = await connection.BeginTransactionAsync(ct);
            var emails = await OutboxClaims.ClaimAsync(transaction, time.GetUtcNow(), limit, ct);
            if (emails.Count > 0)
            {
                return new ClaimedBatch(transaction, emails, RecordChunk);
            }

            await transaction.RollbackAsync(ct);
            await transaction.DisposeAsync();
            connections.Return(connection);
            return null;
        }
        catch
        {
            // Whatever it locked is unlocked with the rollback; a connection left unusable is closed with the run.
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }

            connections.Return(connection);
            throw;
        }
    }

    private async Task SendLoopAsync(CancellationToken stop)
    {
        MailSmtpClient? client = null;
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            if (!_queue.Reader.TryRead(out var item))
            {
                continue;
            }

            _progress.Taken();
            if (stop.IsCancellationRequested)
            {
                _unsentAtStop.Enqueue(item);
                break;
            }

            SendOutcome outcome;
            if (Volatile.Read(ref _unreachable) == 1)
            {
                outcome = new SendOutcome(SendOutcomeKind.Transient, "not attempted: the SMTP server is unreachable");
            }
            else
            {
                try
                {
                    client ??= await pool.RentAsync(stop);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    _unsentAtStop.Enqueue(item);
                    break;
                }
                catch (Exception e)
                {
                    Volatile.Write(ref _unreachable, 1);
                    outcome = FailureClassifier.Classify(e);
                    logger.LogWarning("SMTP server unreachable: {Error}", e.Message);
                    Finish(item, outcome);
                    continue;
                }

                // Not cancellable: a message half-sent when cancelled would have an unknown fate (the client's timeout
                // bounds the wait instead).
                (outcome, var usable) = await SendOneAsync(client, item.Batch.Emails[item.Index]);
                if (!usable)
                {
                    SmtpConnectionPool.Discard(client);
                    client = null;
                }
            }

            Finish(item, outcome);
        }

        if (client is not null)
        {
            pool.Return(client);
        }
    }

    private void Finish((ClaimedBatch Batch, int Index) item, SendOutcome outcome)
    {
        if (item.Batch.Finish(item.Index, outcome))
        {
            _finished.Writer.TryWrite(item.Batch);
        }
    }

    private async Task<(SendOutcome Outcome, bool ConnectionUsable)> SendOneAsync(MailSmtpClient client, ClaimedEmail email)
    {
        try
        {
            var message = MimeMessageFactory.Create(email, options.FromName, time.GetUtcNow());
            return (SendOutcome.Sent(await client.SendAsync(message, CancellationToken.None)), true);
        }
        catch (Exception e)
        {
            return (FailureClassifier.Classify(e), FailureClassifier.KeepsConnection(e) && client.IsConnected);
        }
    }

    /// <summary>
    /// Claimed but never handed to SMTP (the run stopped): left out of the batch's record, so committing it unlocks them
    /// with their attempt untouched, due again at once rather than never.
    /// </summary>
    private void ReleaseUnsent()
    {
        while (_queue.Reader.TryRead(out var item))
        {
            _unsentAtStop.Enqueue(item);
        }

        foreach (var item in _unsentAtStop)
        {
            // The batch is complete without them: what was sent gets recorded.
            if (item.Batch.Release(item.Index))
            {
                _finished.Writer.TryWrite(item.Batch);
            }
        }
    }

    private async Task<DispatchResult> RecordLoopAsync(RunConnections connections, CancellationTokenSource stop)
    {
        var total = DispatchResult.Empty;
        try
        {
            await foreach (var batch in _finished.Reader.ReadAllAsync(CancellationToken.None))
            {
                if (batch.Committed)
                {
                    continue; // a chunk's signal that arrived after the batch had ended and was committed
                }

                // Read before taking: once ended, every outcome is queued, so this take gets the last of them. A batch that
                // ends during the take is signalled again by its last message.
                var ended = batch.Ended;
                var recorded = await recorder.RecordAsync(batch.Transaction, batch.TakeFinished());
                if (recorded.Bounced > 0)
                {
                    Volatile.Write(ref _recordingsQueued, 1);
                }

                total = total.Add(recorded);
                if (ended)
                {
                    var connection = batch.Transaction.Connection!;
                    // Ends the batch: its outcomes become visible and its locks go. Rows released unsent were never
                    // written, so they are due again at once with their attempt untouched.
                    await using (batch.Transaction)
                    {
                        await batch.Transaction.CommitAsync(CancellationToken.None);
                    }

                    batch.Committed = true;
                    connections.Return(connection);
                    _progress.Recorded(batch.Count);
                }
            }
        }
        catch
        {
            // Nothing more can be recorded: stop claiming and sending. The unrecorded batches' transactions end with
            // their connections, which frees their rows to go again (at-least-once, see README).
            await stop.CancelAsync();
            throw;
        }

        return total;
    }
}
