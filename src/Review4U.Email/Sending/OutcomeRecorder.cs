using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Review4U.Email.Bounces;
using Review4U.Email.Options;
using Review4U.Email.Outbox;

namespace Review4U.Email.Sending;

/// <summary>
/// Writes a batch's outcomes in the transaction that claimed (locked) its rows, a chunk at a time (one UPDATE for the
/// chunk's rows, then a bounce, i.e. address flag and coordinator alert, per recipient the server refused for good), and
/// commits it once the batch has ended.
/// </summary>
internal sealed class OutcomeRecorder(IOptions<EmailOptions> options, BounceRecorder bounces, TimeProvider time, ILogger logger)
{
    /// <summary>Writes these outcomes (part or all of a batch) in the batch's transaction, without committing it.</summary>
    public async Task<DispatchResult> RecordAsync(NpgsqlTransaction transaction, List<(ClaimedEmail Email, SendOutcome Outcome)> finished)
    {
        if (finished.Count == 0)
        {
            return DispatchResult.Empty;
        }

        var smtp = options.Value.Smtp;
        var now = time.GetUtcNow();
        var rows = finished.Select(f => (
            f.Email.Id,
            OutboxClaims.StatusOf(f.Outcome.Kind, f.Email.Attempts, smtp.MaxAttempts),
            now + Backoff.Delay(f.Email.Attempts, smtp.RetryBaseDelay, smtp.RetryMaxDelay),
            f.Outcome.Kind == SendOutcomeKind.Sent ? null : f.Outcome.Reply)).ToList();

        // Recording must not be cancelled half-way: the messages are out, their state has to follow.
        var updated = await OutboxClaims.RecordAsync(transaction, now, rows, CancellationToken.None);
        if (updated != rows.Count)
        {
            // The rows are locked by this transaction since the claim, so this cannot happen unless something bypassed
            // the lock; the others must still be recorded, or they would be sent again.
            logger.LogError("{Missing} of {Count} claimed rows were not found when recording their outcome", rows.Count - updated, rows.Count);
        }

        var bounced = 0;
        foreach (var (email, outcome) in finished)
        {
            if (outcome is { Kind: SendOutcomeKind.Permanent, RecipientRefused: true })
            {
                bounced += await RecordBounceAsync(transaction, email, outcome) ? 1 : 0;
            }
        }

        return new DispatchResult(
            rows.Count,
            rows.Count(r => r.Item2 == OutboxStatus.Sent),
            rows.Count(r => r.Item2 == OutboxStatus.Queued),
            rows.Count(r => r.Item2 == OutboxStatus.Failed),
            bounced);
    }

    private async Task<bool> RecordBounceAsync(NpgsqlTransaction transaction, ClaimedEmail email, SendOutcome outcome)
    {
        // A savepoint per bounce: whatever goes wrong with the alert, the outcomes must commit,
        // or the rows would stay 'sending' and be sent again after their lease.
        await transaction.SaveAsync("bounce", CancellationToken.None);
        try
        {
            await bounces.RecordAsync(transaction, email, outcome.Reply ?? "", CancellationToken.None);
            await transaction.ReleaseAsync("bounce", CancellationToken.None);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ArgumentException or Fluid.ParseException)
        {
            await transaction.RollbackAsync("bounce", CancellationToken.None);
            logger.LogError(e, "Recording the bounce of {Address} failed; the row is marked failed without an alert", email.To);
            return false;
        }
    }
}
