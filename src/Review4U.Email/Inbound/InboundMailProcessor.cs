using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Npgsql;
using Review4U.Email.Coordinators;
using Review4U.Email.Options;
using Review4U.Email.Outbox;
using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;
using Review4U.Email.Unsubscribe;

namespace Review4U.Email.Inbound;

/// <summary>
/// Records one received message in <c>email.inbound</c> (once per Message-ID) and, in the same transaction,
/// hands a matched reply to the handler of the replied-to email's category (<see cref="ReplyHandlers"/>) and queues its acknowledgement, or forwards an
/// unmatched one to the coordinator. Nothing is dropped.
/// </summary>
public sealed partial class InboundMailProcessor(IOptions<EmailOptions> options, ReplyMatcher matcher, ReplyHandlers handlers,
    IOutbox outbox, EmailTemplates templates, ICoordinatorResolver coordinators, TimeProvider time, ILogger<InboundMailProcessor> logger)
{
    private const int ExcerptLength = 280;

    public async Task<InboundOutcome> ProcessAsync(MimeMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var messageId = message.MessageId ?? "sha256:" + await ContentHashAsync(message, ct);
        var original = InboundText.Extract(message);
        var text = ReplyTrimmer.Trim(original);
        var attachments = Attachments(message);
        var from = message.From.Mailboxes.FirstOrDefault()?.Address ?? "";
        var now = time.GetUtcNow();

        await using var connection = new NpgsqlConnection(options.Value.ConnectionString);
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var inboundId = await InsertAsync(connection, transaction, messageId, from, message.Subject ?? "", text, original, attachments, now, ct);
        if (inboundId is null)
        {
            return InboundOutcome.Duplicate;
        }

        var match = await matcher.MatchAsync(connection, transaction, message, ct);
        var outcome =
            IsAutomatic(message) ? InboundOutcome.AutoReply
            : await TryUnsubscribeAsync(connection, transaction, message, now, ct) ? InboundOutcome.Unsubscribed
            : match is not null ? await HandleAsync(transaction, inboundId.Value, messageId, match, message, from, text, attachments, now, ct)
            : await ForwardAsync(transaction, inboundId.Value, message, from, text, attachments, now, ct);

        await UpdateAsync(connection, transaction, inboundId.Value, match, outcome, ct);
        await transaction.CommitAsync(ct);
        return outcome;
    }

    private async Task<InboundOutcome> HandleAsync(NpgsqlTransaction transaction, Guid inboundId, string messageId, OutboxMatch match,
        MimeMessage message, string from, string text, IReadOnlyList<EmailAttachment> attachments, DateTimeOffset now, CancellationToken ct)
    {
        var reply = new InboundReply
        {
            InboundId = inboundId, MessageId = messageId, BodyId = match.BodyId, ScopeId = match.ScopeId, TaskId = match.TaskId,
            ContactId = match.ContactId, OutboxId = match.OutboxId, MatchedBy = match.MatchedBy, FromAddress = from,
            Subject = message.Subject ?? "", Text = text, Attachments = attachments, ReceivedAt = now, Language = match.Language,
            RecipientName = match.ToName, OriginalSubject = match.Subject, Category = match.Category,
        };
        var acknowledgement = await handlers.For(match.Category).HandleAsync(transaction, reply, ct);
        if (acknowledgement is null || string.IsNullOrEmpty(from))
        {
            return InboundOutcome.Handled;
        }

        var rendered = templates.Render(new ReplyAcknowledgementModel
        {
            Body = acknowledgement.Body,
            RecipientName = acknowledgement.RecipientName,
            RoundTitle = acknowledgement.RoundTitle,
            ReceivedAt = now,
            Excerpt = text.Length <= ExcerptLength ? text : text[..ExcerptLength] + "…",
            TaskUrl = acknowledgement.TaskUrl,
        }, match.Language, null);
        await outbox.EnqueueAsync(transaction, [new OutgoingEmail
        {
            BodyId = match.BodyId,
            IdempotencyKey = $"reply-acknowledgement:{inboundId:N}",
            Category = EmailCategories.ReplyAcknowledgement,
            ScopeId = match.ScopeId,
            TaskId = match.TaskId,
            ContactId = match.ContactId,
            Language = rendered.Language,
            To = from,
            ToName = acknowledgement.RecipientName,
            Subject = rendered.Subject,
            TextBody = rendered.Text,
            HtmlBody = rendered.Html,
            Headers = new Dictionary<string, string> { ["In-Reply-To"] = "<" + messageId + ">" },
        }], ct);
        return InboundOutcome.Handled;
    }

    private async Task<InboundOutcome> ForwardAsync(NpgsqlTransaction transaction, Guid inboundId, MimeMessage message, string from,
        string text, IReadOnlyList<EmailAttachment> attachments, DateTimeOffset now, CancellationToken ct)
    {
        var coordinator = await coordinators.ResolveDefaultAsync(ct);
        if (coordinator is null)
        {
            logger.LogError("Unmatched email {Subject} from {From} kept in email.inbound: no coordinator is configured", message.Subject, from);
            return InboundOutcome.Unrouted;
        }

        var rendered = templates.Render(new UnknownReplyModel
        {
            Body = coordinator.Body,
            RecipientName = coordinator.Name,
            FromAddress = from,
            OriginalSubject = message.Subject ?? "",
            ReceivedAt = now,
            Text = text.Length > 0 ? text : InboundText.Extract(message),
        }, coordinator.Language, null);
        await outbox.EnqueueAsync(transaction, [new OutgoingEmail
        {
            BodyId = coordinator.BodyId,
            IdempotencyKey = $"unknown-reply:{inboundId:N}",
            Category = EmailCategories.UnknownReply,
            Language = rendered.Language,
            To = coordinator.Address,
            ToName = coordinator.Name,
            // The coordinator answers the sender directly.
            ReplyTo = string.IsNullOrEmpty(from) ? null : from,
            Subject = rendered.Subject,
            TextBody = rendered.Text,
            HtmlBody = rendered.Html,
            Attachments = attachments,
        }], ct);
        return InboundOutcome.Forwarded;
    }

    private async Task<bool> TryUnsubscribeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, MimeMessage message,
        DateTimeOffset now, CancellationToken ct)
    {
        var o = options.Value;
        var toUnsubscribe = message.To.Mailboxes.Concat(message.Cc.Mailboxes)
            .Any(m => string.Equals(m.Address, o.UnsubscribeAddress, StringComparison.OrdinalIgnoreCase));
        var request = UnsubscribeSubject().Match(message.Subject ?? "");
        if (!toUnsubscribe || !request.Success
            || !UnsubscribeToken.TryVerify(request.Groups[1].Value, o.UnsubscribeSecret, out var token) || token is null)
        {
            return false;
        }

        await using var cmd = new NpgsqlCommand(
            "INSERT INTO email.reminder_mutes (body_id, scope_id, contact_id, muted_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            connection, transaction);
        cmd.Parameters.AddWithValue(token.BodyId);
        cmd.Parameters.AddWithValue(token.ScopeId);
        cmd.Parameters.AddWithValue(token.ContactId);
        cmd.Parameters.AddWithValue(now);
        await cmd.ExecuteNonQueryAsync(ct);
        return true;
    }

    /// <summary>RFC 3834 Auto-Submitted, and the headers Exchange and others put on out-of-office replies.</summary>
    private static bool IsAutomatic(MimeMessage message)
    {
        var autoSubmitted = message.Headers["Auto-Submitted"];
        return (autoSubmitted is not null && !autoSubmitted.Trim().Equals("no", StringComparison.OrdinalIgnoreCase))
            || message.Headers["X-Autoreply"] is not null
            || message.Headers["X-Autorespond"] is not null
            || string.Equals(message.Headers["Precedence"]?.Trim(), "auto_reply", StringComparison.OrdinalIgnoreCase);
    }

    private static List<EmailAttachment> Attachments(MimeMessage message)
    {
        var attachments = new List<EmailAttachment>();
        foreach (var part in message.Attachments.OfType<MimePart>())
        {
            using var stream = new MemoryStream();
            part.Content?.DecodeTo(stream);
            attachments.Add(new EmailAttachment(part.FileName ?? "attachment", part.ContentType.MimeType, stream.ToArray()));
        }

        return attachments;
    }

    private static async Task<Guid?> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string messageId,
        string from, string subject, string text, string original, IReadOnlyList<EmailAttachment> attachments, DateTimeOffset now, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            """
            INSERT INTO email.inbound (id, message_id, from_address, subject, text, original_text, attachments, status, received_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, 'received', $8)
            ON CONFLICT (message_id) DO NOTHING
            RETURNING id
            """, connection, transaction);
        cmd.Parameters.AddWithValue(Guid.CreateVersion7(now));
        cmd.Parameters.AddWithValue(messageId);
        cmd.Parameters.AddWithValue(from);
        cmd.Parameters.AddWithValue(subject);
        cmd.Parameters.AddWithValue(text);
        cmd.Parameters.AddWithValue(original);
        cmd.Parameters.AddWithValue(JsonSerializer.Serialize(attachments.Select(StoredAttachment.From)));
        cmd.Parameters.AddWithValue(now);
        return await cmd.ExecuteScalarAsync(ct) as Guid?;
    }

    private static async Task UpdateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid inboundId,
        OutboxMatch? match, InboundOutcome outcome, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            """
            UPDATE email.inbound SET status = $2, body_id = $3, task_id = $4, contact_id = $5, outbox_id = $6, matched_by = $7
            WHERE id = $1
            """, connection, transaction);
        cmd.Parameters.AddWithValue(inboundId);
        cmd.Parameters.AddWithValue(StatusOf(outcome));
        cmd.Parameters.AddWithValue((object?)match?.BodyId ?? DBNull.Value);
        cmd.Parameters.AddWithValue((object?)match?.TaskId ?? DBNull.Value);
        cmd.Parameters.AddWithValue((object?)match?.ContactId ?? DBNull.Value);
        cmd.Parameters.AddWithValue((object?)match?.OutboxId ?? DBNull.Value);
        cmd.Parameters.AddWithValue((object?)match?.MatchedBy ?? DBNull.Value);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public static string StatusOf(InboundOutcome outcome) => outcome switch
    {
        InboundOutcome.AutoReply => "auto-reply",
#pragma warning disable CA1308 // statuses are stored lower-case
        _ => outcome.ToString().ToLowerInvariant(),
#pragma warning restore CA1308
    };

    private static async Task<string> ContentHashAsync(MimeMessage message, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        await message.WriteToAsync(stream, ct);
        return Convert.ToHexStringLower(SHA256.HashData(stream.ToArray()));
    }

    [GeneratedRegex(@"^\s*unsubscribe\s+(\S+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex UnsubscribeSubject();
}
