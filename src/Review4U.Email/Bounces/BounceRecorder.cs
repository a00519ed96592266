using Microsoft.Extensions.Logging;
using Npgsql;
using Review4U.Email.Coordinators;
using Review4U.Email.Outbox;
using Review4U.Email.Sending;
using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;

namespace Review4U.Email.Bounces;

/// <summary>
/// In the transaction that marks a row failed for good: flags the address as bouncing for the body and queues a
/// <c>bounce-alert</c> to the body's coordinator (keyed by the failed row, so it is raised once).
/// </summary>
public sealed class BounceRecorder(IOutbox outbox, EmailTemplates templates, ICoordinatorResolver coordinators,
    TimeProvider time, ILogger<BounceRecorder> logger)
{
    public async Task RecordAsync(NpgsqlTransaction transaction, ClaimedEmail email, string reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(email);
        var now = time.GetUtcNow();
        await using (var cmd = new NpgsqlCommand(
            """
            INSERT INTO email.address_status (body_id, address, status, reason, outbox_id, updated_at)
            VALUES ($1, lower($2), 'bouncing', $3, $4, $5)
            ON CONFLICT (body_id, address) DO UPDATE
            SET status = 'bouncing', reason = excluded.reason, outbox_id = excluded.outbox_id, updated_at = excluded.updated_at
            """, transaction.Connection, transaction))
        {
            cmd.Parameters.AddWithValue(email.BodyId);
            cmd.Parameters.AddWithValue(email.To);
            cmd.Parameters.AddWithValue(reply);
            cmd.Parameters.AddWithValue(email.Id);
            cmd.Parameters.AddWithValue(now);
            await cmd.ExecuteNonQueryAsync(ct);
        }

        if (email.Category == EmailCategories.BounceAlert)
        {
            logger.LogWarning("The bounce alert {MessageId} itself bounced ({Reply}); not alerting again", email.MessageId, reply);
            return;
        }

        // The address is flagged whatever happens to the alert: the alert has a savepoint of its own.
        await transaction.SaveAsync("bounce_alert", ct);
        try
        {
            await AlertAsync(transaction, email, reply, now, ct);
            await transaction.ReleaseAsync("bounce_alert", ct);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            await transaction.RollbackAsync("bounce_alert", ct);
            logger.LogError(e, "The bounce of {Address} is recorded but its alert could not be raised", email.To);
        }
    }

    private async Task AlertAsync(NpgsqlTransaction transaction, ClaimedEmail email, string reply, DateTimeOffset now, CancellationToken ct)
    {
        var coordinator = await coordinators.ResolveAsync(email.BodyId, ct);
        if (coordinator is null)
        {
            logger.LogWarning("Body {BodyId} has no coordinator address: bounce of {Address} recorded without alert", email.BodyId, email.To);
            return;
        }

        var rendered = templates.Render(new BounceAlertModel
        {
            Body = coordinator.Body,
            RecipientName = coordinator.Name,
            Address = email.To,
            OriginalSubject = email.Subject,
            ServerReply = reply,
            FailedAt = now,
        }, coordinator.Language, null);
        await outbox.EnqueueAsync(transaction, [new OutgoingEmail
        {
            BodyId = email.BodyId,
            IdempotencyKey = $"bounce-alert:{email.Id:N}",
            Category = EmailCategories.BounceAlert,
            Language = rendered.Language,
            To = coordinator.Address,
            ToName = coordinator.Name,
            Subject = rendered.Subject,
            TextBody = rendered.Text,
            HtmlBody = rendered.Html,
        }], ct);
    }
}
