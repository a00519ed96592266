using System.Data.Common;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Review4U.Email.Options;
using Review4U.Email.Unsubscribe;

namespace Review4U.Email.Outbox;

/// <summary>
/// Binary COPY into a session-local staging table, then one INSERT … SELECT … ON CONFLICT DO NOTHING into
/// <c>email.outbox</c>: 10,000 emails cost one call, and a repeated key (a retried step) adds nothing.
/// </summary>
public sealed class PostgresOutbox(IOptions<EmailOptions> options, UnsubscribeLinks unsubscribe, TimeProvider time) : IOutbox
{
    private const string Columns =
        "id, body_id, idempotency_key, category, scope_id, task_id, contact_id, language, message_id, reply_token, " +
        "from_address, to_address, to_name, reply_to, subject, text_body, html_body, headers, attachments, next_attempt_at, created_at";

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
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(emails);
        if (transaction.Connection is not NpgsqlConnection connection)
        {
            throw new ArgumentException("The outbox needs an open Npgsql transaction.", nameof(transaction));
        }

        if (emails.Count == 0)
        {
            return 0;
        }

        foreach (var email in emails)
        {
            Validate(email);
        }

        await using (var stage = new NpgsqlCommand(Stage, connection, (NpgsqlTransaction)transaction))
        {
            await stage.ExecuteNonQueryAsync(ct);
        }

        await using (var writer = await connection.BeginBinaryImportAsync($"COPY outbox_stage ({Columns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            var now = time.GetUtcNow();
            foreach (var email in emails)
            {
                await WriteAsync(writer, email, now, ct);
            }

            await writer.CompleteAsync(ct);
        }

        await using var insert = new NpgsqlCommand(Insert, connection, (NpgsqlTransaction)transaction);
        return await insert.ExecuteNonQueryAsync(ct);
    }

    private async Task WriteAsync(NpgsqlBinaryImporter writer, OutgoingEmail email, DateTimeOffset now, CancellationToken ct)
    {
        var o = options.Value;
        var id = Guid.CreateVersion7(now);
        string? replyToken = null;
        var replyTo = email.ReplyTo;
        if (replyTo is null && email.TaskId is not null && o.ReplyAddress.Contains('@', StringComparison.Ordinal))
        {
            replyToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            var at = o.ReplyAddress.IndexOf('@', StringComparison.Ordinal);
            replyTo = $"{o.ReplyAddress[..at]}+{replyToken}{o.ReplyAddress[at..]}";
        }

        await writer.StartRowAsync(ct);
        await writer.WriteAsync(id, NpgsqlDbType.Uuid, ct);
        await writer.WriteAsync(email.BodyId, NpgsqlDbType.Uuid, ct);
        await writer.WriteAsync(email.IdempotencyKey, NpgsqlDbType.Text, ct);
        await writer.WriteAsync(email.Category, NpgsqlDbType.Text, ct);
        await WriteNullableAsync(writer, email.ScopeId, ct);
        await WriteNullableAsync(writer, email.TaskId, ct);
        await WriteNullableAsync(writer, email.ContactId, ct);
        await writer.WriteAsync(email.Language, NpgsqlDbType.Text, ct);
        await writer.WriteAsync($"{id:N}@{o.MessageIdDomain}", NpgsqlDbType.Text, ct);
        await WriteTextAsync(writer, replyToken, ct);
        await writer.WriteAsync(email.From ?? o.FromAddress, NpgsqlDbType.Text, ct);
        await writer.WriteAsync(email.To, NpgsqlDbType.Text, ct);
        await WriteTextAsync(writer, email.ToName, ct);
        await WriteTextAsync(writer, replyTo, ct);
        await writer.WriteAsync(email.Subject, NpgsqlDbType.Text, ct);
        await writer.WriteAsync(email.TextBody, NpgsqlDbType.Text, ct);
        await WriteTextAsync(writer, email.HtmlBody, ct);
        await writer.WriteAsync(JsonSerializer.Serialize(HeadersOf(email)), NpgsqlDbType.Jsonb, ct);
        await writer.WriteAsync(JsonSerializer.Serialize(email.Attachments.Select(StoredAttachment.From)), NpgsqlDbType.Jsonb, ct);
        await writer.WriteAsync(email.NotBefore ?? now, NpgsqlDbType.TimestampTz, ct);
        await writer.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
    }

    private Dictionary<string, string> HeadersOf(OutgoingEmail email)
    {
        var headers = new Dictionary<string, string>(email.Headers, StringComparer.OrdinalIgnoreCase)
        {
            ["Auto-Submitted"] = "auto-generated",
            ["X-Review4U-Category"] = email.Category,
        };
        if (email.Category == EmailCategories.TaskReminder && email.ScopeId is { } scope && email.ContactId is { } contact)
        {
            foreach (var (name, value) in unsubscribe.Headers(new UnsubscribeToken(email.BodyId, scope, contact)))
            {
                headers[name] = value;
            }
        }

        return headers;
    }

    private static void Validate(OutgoingEmail email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var problem =
            email.BodyId == Guid.Empty ? "BodyId is empty" :
            string.IsNullOrWhiteSpace(email.IdempotencyKey) ? "IdempotencyKey is empty" :
            string.IsNullOrWhiteSpace(email.Category) ? "Category is empty" :
            string.IsNullOrWhiteSpace(email.To) ? "To is empty" :
            string.IsNullOrWhiteSpace(email.TextBody) ? "TextBody is empty" :
            email.Category == EmailCategories.TaskReminder && (email.ScopeId is null || email.ContactId is null)
                ? "a task-reminder needs ScopeId and ContactId (reminders are muted per scope and contact)" : null;
        if (problem is not null)
        {
            throw new ArgumentException($"Outgoing email '{email.IdempotencyKey}': {problem}.", nameof(email));
        }
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter writer, Guid? value, CancellationToken ct) =>
        value is { } v ? writer.WriteAsync(v, NpgsqlDbType.Uuid, ct) : writer.WriteNullAsync(ct);

    private static Task WriteTextAsync(NpgsqlBinaryImporter writer, string? value, CancellationToken ct) =>
        value is not null ? writer.WriteAsync(value, NpgsqlDbType.Text, ct) : writer.WriteNullAsync(ct);
}
