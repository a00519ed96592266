using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Review4U.Email.Data;

internal sealed class InboundRowConfiguration : IEntityTypeConfiguration<InboundRow>
{
    public void Configure(EntityTypeBuilder<InboundRow> builder)
    {
        builder.ToTable("inbound");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasColumnName("id");
        builder.Property(x => x.MessageId).HasColumnName("message_id");
        builder.Property(x => x.BodyId).HasColumnName("body_id");
        builder.Property(x => x.TaskId).HasColumnName("task_id");
        builder.Property(x => x.ContactId).HasColumnName("contact_id");
        builder.Property(x => x.OutboxId).HasColumnName("outbox_id");
        builder.Property(x => x.MatchedBy).HasColumnName("matched_by");
        builder.Property(x => x.FromAddress).HasColumnName("from_address");
        builder.Property(x => x.Subject).HasColumnName("subject");
        builder.Property(x => x.Text).HasColumnName("text");
        builder.Property(x => x.OriginalText).HasColumnName("original_text");
        builder.Property(x => x.Attachments).HasColumnName("attachments").HasColumnType("jsonb");
        builder.Property(x => x.Status).HasColumnName("status");
        builder.Property(x => x.ReceivedAt).HasColumnName("received_at");
        builder.HasIndex(x => x.MessageId).IsUnique().HasDatabaseName("ux_inbound_message_id");
        builder.HasIndex(x => new { x.BodyId, x.TaskId }).HasDatabaseName("ix_inbound_body_task");
    }
}
