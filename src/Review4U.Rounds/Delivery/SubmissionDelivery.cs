using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Modules;
using Review4U.Email.Outbox;
using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;
using Review4U.Rounds.Compilation;
using Review4U.Rounds.Data;
using Review4U.Rounds.Data.Rows;
using Review4U.Rounds.Emails;
using Review4U.Rounds.Model;
using Review4U.Workflows.Runtime;

namespace Review4U.Rounds.Delivery;

/// <summary>
/// Sends the compiled DOCX to the government focal point with a link to acknowledge receipt, reminds once if no
/// acknowledgement comes, and records the acknowledgement. The acknowledgement token is kept only as a hash.
/// </summary>
public sealed class SubmissionDelivery(IOutbox outbox, EmailTemplates templates, RoundLinks urls, IWorkflowRuntime runtime, IOptions<RoundsOptions> options, TimeProvider time)
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Queues the delivery email (once per round) and returns the delivery row.</summary>
    public async Task<DeliveryRow> DeliverAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var existing = await db.Rounds.Deliveries.SingleOrDefaultAsync(d => d.RoundId == roundId, ct);
        if (existing is not null)
        {
            return existing;
        }

        var round = await db.Rounds.Rounds.SingleAsync(r => r.Id == roundId, ct);
        var token = NewToken();
        var delivery = new DeliveryRow
        {
            Id = Guid.CreateVersion7(), BodyId = round.BodyId, RoundId = roundId, ToName = round.FocalPointName,
            ToEmail = round.FocalPointEmail, AckTokenHash = Hash(token), SentAt = now,
        };
        db.Rounds.Deliveries.Add(delivery);
        round.Status = RoundStatuses.Delivered;
        await db.Rounds.SaveChangesAsync(ct);
        await outbox.EnqueueAsync(db.Transaction, [await EmailAsync(db, round, token, "delivery", ct)], ct);
        return delivery;
    }

    /// <summary>Sends the reminder with a fresh acknowledgement link, once.</summary>
    public async Task<bool> RemindAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var delivery = await db.Rounds.Deliveries.SingleAsync(d => d.RoundId == roundId, ct);
        if (delivery.ReminderSentAt is not null || delivery.AcknowledgedAt is not null)
        {
            return false;
        }

        var round = await db.Rounds.Rounds.AsNoTracking().SingleAsync(r => r.Id == roundId, ct);
        var token = NewToken();
        delivery.ReminderTokenHash = Hash(token);
        delivery.ReminderSentAt = now;
        await db.Rounds.SaveChangesAsync(ct);
        await outbox.EnqueueAsync(db.Transaction, [await EmailAsync(db, round, token, "delivery-reminder", ct)], ct);
        return true;
    }

    /// <summary>Records the acknowledgement of the link's delivery and wakes the workflow; false for an unknown token.</summary>
    public async Task<bool> AcknowledgeAsync(string token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return false;
        }

        var hash = Hash(token);
        await using var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(options.Value.ConnectionString, ct);
        var delivery = await tx.Rounds.Deliveries.SingleOrDefaultAsync(d => d.AckTokenHash == hash || d.ReminderTokenHash == hash, ct);
        if (delivery is null)
        {
            return false;
        }

        delivery.AcknowledgedAt ??= time.GetUtcNow();
        await tx.Rounds.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await runtime.PublishEventAsync(RoundEvents.Acknowledged, RoundEvents.Key(delivery.RoundId), null, ct);
        return true;
    }

    private async Task<OutgoingEmail> EmailAsync(ModuleUnitOfWork<RoundsDbContext> db, RoundRow round, string token, string occasion, CancellationToken ct)
    {
        var body = await db.Domain.Bodies.AsNoTracking().SingleAsync(b => b.Id == round.BodyId, ct);
        var document = await db.Rounds.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.RoundId == round.Id && d.Kind == SubmissionCompiler.Docx, ct)
            ?? throw new InvalidOperationException($"Round '{round.Title}' has no compiled DOCX: compile before delivering.");
        var contributors = await db.Rounds.Tasks.CountAsync(t => t.RoundId == round.Id && t.Status == TaskStatuses.Submitted, ct);
        var rendered = templates.Render(new SubmissionDeliveryModel
        {
            Body = RoundMail.IdentityOf(body),
            RecipientName = round.FocalPointName,
            RoundTitle = round.Title,
            CountryName = body.Country ?? body.Region ?? body.Code,
            ContributorCount = contributors,
            DocumentName = document.FileName,
            AcknowledgeUrl = urls.Acknowledge(token),
        }, round.Language, body.DefaultLanguage);
        return RoundMail.ToOutgoing(rendered, round.BodyId, $"round:{round.Id:N}:{occasion}", EmailCategories.SubmissionDelivery,
                round.FocalPointEmail, round.FocalPointName, round.Id, null, null)
            with { Attachments = [new EmailAttachment(document.FileName, DocxType, document.Content)] };
    }

    private static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.ASCII.GetBytes(token));
}
