using Npgsql;
using NpgsqlTypes;
using Review4U.Email.Outbox;

namespace Review4U.Email.Sending;

/// <summary>The SQL of claiming due rows and recording their outcome.</summary>
internal static class OutboxClaims
{
    private const string Columns =
        """
        id, body_id, category, contact_id, language, message_id, from_address, to_address, to_name, reply_to, subject,
        text_body, html_body, headers::text, attachments::text, attempts + 1
        """;

    // A claim is a row lock, not a write: the rows stay locked (FOR UPDATE) in the batch's own transaction while the batch
    // is sent, and its outcomes are written and committed in that same transaction. SKIP LOCKED lets concurrent
    // dispatchers take disjoint rows; a dispatcher that dies has its transaction aborted, so its rows are due again at
    // once (at-least-once, see README). Each row is thus written once per attempt instead of twice (a claim UPDATE with
    // its new tuple and index entries, then the record), and a batch costs one commit instead of two.
    // The first branch takes over rows that a dispatcher of an earlier version marked 'sending' with a lease and then
    // left (it died, or a rolling deploy replaced it); this version never writes 'sending'.
    // Each branch walks its own partial index (ix_outbox_claimed, ix_outbox_due) in order and stops at the limit: one
    // OR over both conditions made PostgreSQL scan and sort every due row for each batch.
    private const string Claim =
        $"""
        SELECT {Columns} FROM (
          SELECT * FROM (
            SELECT * FROM email.outbox WHERE status = 'sending' AND claimed_until <= $1
            ORDER BY claimed_until LIMIT $2 FOR UPDATE SKIP LOCKED) stale
          UNION ALL
          SELECT * FROM (
            SELECT * FROM email.outbox WHERE status = 'queued' AND next_attempt_at <= $1
            ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED) queued
          LIMIT $2) due
        """;

    // Runs in the claim's transaction, which still holds every row's lock: no other dispatcher can have written them.
    private const string Record =
        """
        UPDATE email.outbox o
        SET status = u.status, attempts = o.attempts + 1, next_attempt_at = u.next_attempt_at, last_error = u.last_error,
            sent_at = CASE WHEN u.status = 'sent' THEN $1 ELSE NULL END, claim_id = NULL, claimed_until = NULL
        FROM unnest($2::uuid[], $3::text[], $4::timestamptz[], $5::text[]) AS u(id, status, next_attempt_at, last_error)
        WHERE o.id = u.id
        """;

    /// <summary>Locks up to <paramref name="limit"/> due rows in <paramref name="transaction"/> (which must stay open until they are recorded).</summary>
    public static async Task<List<ClaimedEmail>> ClaimAsync(NpgsqlTransaction transaction, DateTimeOffset now, int limit, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(Claim, transaction.Connection, transaction);
        cmd.Parameters.AddWithValue(now);
        cmd.Parameters.AddWithValue(limit);
        var claimed = new List<ClaimedEmail>(limit);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            claimed.Add(new ClaimedEmail(
                reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetGuid(3),
                reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.GetString(10), reader.GetString(11), reader.IsDBNull(12) ? null : reader.GetString(12),
                reader.GetString(13), reader.GetString(14), reader.GetInt32(15)));
        }

        return claimed;
    }

    /// <summary>Writes each row's new state in the claim's transaction; returns the rows updated.</summary>
    public static async Task<int> RecordAsync(NpgsqlTransaction transaction, DateTimeOffset now,
        IReadOnlyList<(Guid Id, string Status, DateTimeOffset NextAttemptAt, string? Error)> outcomes, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(Record, transaction.Connection, transaction);
        cmd.Parameters.AddWithValue(now);
        cmd.Parameters.Add(new NpgsqlParameter { Value = outcomes.Select(o => o.Id).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        cmd.Parameters.Add(new NpgsqlParameter { Value = outcomes.Select(o => o.Status).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = outcomes.Select(o => o.NextAttemptAt).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
        cmd.Parameters.Add(new NpgsqlParameter { Value = outcomes.Select(o => o.Error).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    public static string StatusOf(SendOutcomeKind kind, int attempts, int maxAttempts) => kind switch
    {
        SendOutcomeKind.Sent => OutboxStatus.Sent,
        SendOutcomeKind.Transient when attempts < maxAttempts => OutboxStatus.Queued,
        _ => OutboxStatus.Failed,
    };
}
