using System.Data.Common;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Review4U.Email.Options;
using Review4U.Email.Unsubscribe;

namespace Review4U.Email.Outbox;

/// <summary>
/// <see cref="EnqueueAsync"/>: binary COPY into a session-local staging table, then one INSERT … SELECT … ON CONFLICT DO
/// NOTHING into <c>email.outbox</c>: 10,000 emails cost one call, and a repeated key (a retried step) adds nothing.
/// <see cref="EnqueueNewAsync"/>: one binary COPY straight into <c>email.outbox</c>, for keys made in the caller's transaction.
/// </summary>
public sealed class PostgresOutbox(IOptions<EmailOptions> options, UnsubscribeLinks unsubscribe, TimeProvider time) : IOutbox
{
    private const string Columns = OutboxRowWriter.Columns;

    private const string Stage =
        """
        CREATE TEMP TABLE IF NOT EXISTS outbox_stage (
          id uuid, body_id uuid, idempotency_key text, category text, scope_id uuid, task_id uuid, contact_id uuid,
          language text, message_id text, reply_token text, from_address text, to_address text, to_name text,
          reply_to text, subject text, text_body text, html_body text, headers jsonb, attachments jsonb,
          next_attempt_at timestamptz, created_at timestamptz) ON COMMIT DELETE ROWS;
        TRUNCATE outbox_stage;
        """;

    private const string Insert =
        $"""
        INSERT INTO email.outbox ({Columns}, status, attempts)
        SELECT {Columns}, 'queued', 0 FROM outbox_stage s
        WHERE NOT (s.category = 'task-reminder' AND EXISTS (
          SELECT 1 FROM email.reminder_mutes m
          WHERE m.body_id = s.body_id AND m.scope_id = s.scope_id AND m.contact_id = s.contact_id))
        ON CONFLICT (idempotency_key) DO NOTHING
        """;

    public async Task<int> EnqueueAsync(DbTransaction transaction, IReadOnlyList<OutgoingEmail> emails, CancellationToken ct)
    {
        var connection = Prepare(transaction, emails);
        if (emails.Count == 0)
        {
            return 0;
        }

        await using (var stage = new NpgsqlCommand(Stage, connection, (NpgsqlTransaction)transaction))
        {
            await stage.ExecuteNonQueryAsync(ct);
        }

        var rows = new OutboxRowWriter(options.Value, unsubscribe, time.GetUtcNow());
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY outbox_stage ({Columns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var email in emails)
            {
                await writer.StartRowAsync(ct);
                await rows.WriteAsync(writer, email, ct);
            }

            await writer.CompleteAsync(ct);
        }

        await using var insert = new NpgsqlCommand(Insert, connection, (NpgsqlTransaction)transaction);
        return await insert.ExecuteNonQueryAsync(ct);
    }

    public async Task<int> EnqueueNewAsync(DbTransaction transaction, IReadOnlyList<OutgoingEmail> emails, CancellationToken ct)
    {
        var connection = Prepare(transaction, emails);
        foreach (var email in emails)
        {
            if (email.Category == EmailCategories.TaskReminder)
            {
                // Reminders are skipped for contacts who muted the scope: only the staged INSERT applies that filter.
                throw new ArgumentException($"Outgoing email '{email.IdempotencyKey}': a task-reminder must be queued with EnqueueAsync (muted contacts are skipped there).", nameof(emails));
            }
        }

        if (emails.Count == 0)
        {
            return 0;
        }

        var rows = new OutboxRowWriter(options.Value, unsubscribe, time.GetUtcNow());
        await using var writer = await connection.BeginBinaryImportAsync($"COPY email.outbox ({Columns}, status, attempts) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var email in emails)
        {
            await writer.StartRowAsync(ct);
            await rows.WriteAsync(writer, email, ct);
            await writer.WriteAsync(OutboxStatus.Queued, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(0, NpgsqlDbType.Integer, ct);
        }

        return checked((int)await writer.CompleteAsync(ct));
    }

    /// <summary>Checks the transaction and every email before anything is written: bad input changes nothing.</summary>
    private static NpgsqlConnection Prepare(DbTransaction transaction, IReadOnlyList<OutgoingEmail> emails)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(emails);
        if (transaction.Connection is not NpgsqlConnection connection)
        {
            throw new ArgumentException("The outbox needs an open Npgsql transaction.", nameof(transaction));
        }

        foreach (var email in emails)
        {
            OutboxRowWriter.Validate(email);
        }

        return connection;
    }
}
