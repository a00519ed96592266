using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Review4U.Email.Data;

internal sealed class OutboxRowConfiguration : IEntityTypeConfiguration<OutboxRow>
{
    public void Configure(EntityTypeBuilder<OutboxRow> builder)
    {
        builder.ToTable("outbox", t => t.HasCheckConstraint(
            "ck_outbox_status", "status IN ('queued','sending','sent','failed')"));
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasColumnName("id");
        builder.Property(x => x.BodyId).HasColumnName("body_id");
        builder.Property(x => x.IdempotencyKey).HasColumnName("idempotency_key");
        builder.Property(x => x.Category).HasColumnName("category");
        builder.Property(x => x.ScopeId).HasColumnName("scope_id");
        builder.Property(x => x.TaskId).HasColumnName("task_id");
        builder.Property(x => x.ContactId).HasColumnName("contact_id");
        builder.Property(x => x.Language).HasColumnName("language");
        builder.Property(x => x.MessageId).HasColumnName("message_id");
        builder.Property(x => x.ReplyToken).HasColumnName("reply_token");
        builder.Property(x => x.FromAddress).HasColumnName("from_address");
        builder.Property(x => x.ToAddress).HasColumnName("to_address");
        builder.Property(x => x.ToName).HasColumnName("to_name");
        builder.Property(x => x.ReplyTo).HasColumnName("reply_to");
        builder.Property(x => x.Subject).HasColumnName("subject");
        builder.Property(x => x.TextBody).HasColumnName("text_body");
        builder.Property(x => x.HtmlBody).HasColumnName("html_body");
        builder.Property(x => x.Headers).HasColumnName("headers").HasColumnType("jsonb");
        builder.Property(x => x.Attachments).HasColumnName("attachments").HasColumnType("jsonb");
        builder.Property(x => x.Status).HasColumnName("status");
        builder.Property(x => x.Attempts).HasColumnName("attempts");
        builder.Property(x => x.NextAttemptAt).HasColumnName("next_attempt_at");
        builder.Property(x => x.ClaimId).HasColumnName("claim_id");
        builder.Property(x => x.ClaimedUntil).HasColumnName("claimed_until");
        builder.Property(x => x.LastError).HasColumnName("last_error");
        builder.Property(x => x.CreatedAt).HasColumnName("created_at");
        builder.Property(x => x.SentAt).HasColumnName("sent_at");
        builder.HasIndex(x => x.IdempotencyKey).IsUnique().HasDatabaseName("ux_outbox_idempotency_key");
        builder.HasIndex(x => x.MessageId).IsUnique().HasDatabaseName("ux_outbox_message_id");
        builder.HasIndex(x => x.ReplyToken).IsUnique().HasDatabaseName("ux_outbox_reply_token");
        builder.HasIndex(x => x.NextAttemptAt).HasDatabaseName("ix_outbox_due")
            .HasFilter("status = 'queued'");
        builder.HasIndex(x => x.ClaimedUntil).HasDatabaseName("ix_outbox_claimed")
            .HasFilter("status = 'sending'");
        builder.HasIndex(x => new { x.BodyId, x.ScopeId, x.Category }).HasDatabaseName("ix_outbox_body_scope");
    }
}
