using System.Security.Cryptography;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Review4U.Email.Options;
using Review4U.Email.Unsubscribe;

namespace Review4U.Email.Outbox;

/// <summary>
/// Writes outbox rows to a binary COPY: id, Message-ID, reply token and headers are made here, the same whichever table
/// the COPY fills (the staging table of <see cref="PostgresOutbox.EnqueueAsync"/> or <c>email.outbox</c> itself).
/// </summary>
internal sealed class OutboxRowWriter(EmailOptions options, UnsubscribeLinks unsubscribe, DateTimeOffset now)
{
    private readonly Dictionary<string, string> _plainHeaders = new(StringComparer.Ordinal);

    /// <summary>The columns every COPY of the outbox writes, in order.</summary>
    public const string Columns =
        "id, body_id, idempotency_key, category, scope_id, task_id, contact_id, language, message_id, reply_token, " +
        "from_address, to_address, to_name, reply_to, subject, text_body, html_body, headers, attachments, next_attempt_at, created_at";

    public static void Validate(OutgoingEmail email)
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

    /// <summary>One row of <see cref="Columns"/>; the caller has started it and may append columns of its own.</summary>
    public async Task WriteAsync(NpgsqlBinaryImporter writer, OutgoingEmail email, CancellationToken ct)
    {
        var id = Guid.CreateVersion7(now);
        string? replyToken = null;
        var replyTo = email.ReplyTo;
        if (replyTo is null && email.TaskId is not null && options.ReplyAddress.Contains('@', StringComparison.Ordinal))
        {
            replyToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            var at = options.ReplyAddress.IndexOf('@', StringComparison.Ordinal);
            replyTo = $"{options.ReplyAddress[..at]}+{replyToken}{options.ReplyAddress[at..]}";
        }

        await writer.WriteAsync(id, NpgsqlDbType.Uuid, ct);
        await writer.WriteAsync(email.BodyId, NpgsqlDbType.Uuid, ct);
        await writer.WriteAsync(email.IdempotencyKey, NpgsqlDbType.Text, ct);
        await writer.WriteAsync(email.Category, NpgsqlDbType.Text, ct);
        await WriteNullableAsync(writer, email.ScopeId, ct);
        await WriteNullableAsync(writer, email.TaskId, ct);
        await WriteNullableAsync(writer, email.ContactId, ct);
        await writer.WriteAsync(email.Language, NpgsqlDbType.Text, ct);
        await writer.WriteAsync($"{id:N}@{options.MessageIdDomain}", NpgsqlDbType.Text, ct);
        await WriteTextAsync(writer, replyToken, ct);
        await writer.WriteAsync(email.From ?? options.FromAddress, NpgsqlDbType.Text, ct);
        await writer.WriteAsync(email.To, NpgsqlDbType.Text, ct);
        await WriteTextAsync(writer, email.ToName, ct);
        await WriteTextAsync(writer, replyTo, ct);
        await writer.WriteAsync(email.Subject, NpgsqlDbType.Text, ct);
        await writer.WriteAsync(email.TextBody, NpgsqlDbType.Text, ct);
        await WriteTextAsync(writer, email.HtmlBody, ct);
        await writer.WriteAsync(HeadersJsonOf(email), NpgsqlDbType.Jsonb, ct);
        await writer.WriteAsync(email.Attachments.Count == 0 ? "[]" : JsonSerializer.Serialize(email.Attachments.Select(StoredAttachment.From)), NpgsqlDbType.Jsonb, ct);
        await writer.WriteAsync(email.NotBefore ?? now, NpgsqlDbType.TimestampTz, ct);
        await writer.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
    }

    /// <summary>Emails with no headers of their own (most of a batch) share their category's JSON, serialized once.</summary>
    private string HeadersJsonOf(OutgoingEmail email)
    {
        if (email.Headers.Count > 0 || email.Category == EmailCategories.TaskReminder)
        {
            return JsonSerializer.Serialize(HeadersOf(email));
        }

        if (!_plainHeaders.TryGetValue(email.Category, out var json))
        {
            _plainHeaders[email.Category] = json = JsonSerializer.Serialize(HeadersOf(email));
        }

        return json;
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

    private static Task WriteNullableAsync(NpgsqlBinaryImporter writer, Guid? value, CancellationToken ct) =>
        value is { } v ? writer.WriteAsync(v, NpgsqlDbType.Uuid, ct) : writer.WriteNullAsync(ct);

    private static Task WriteTextAsync(NpgsqlBinaryImporter writer, string? value, CancellationToken ct) =>
        value is not null ? writer.WriteAsync(value, NpgsqlDbType.Text, ct) : writer.WriteNullAsync(ct);
}
