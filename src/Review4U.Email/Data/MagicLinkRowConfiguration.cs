using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Review4U.Email.Data;

internal sealed class MagicLinkRowConfiguration : IEntityTypeConfiguration<MagicLinkRow>
{
    public void Configure(EntityTypeBuilder<MagicLinkRow> builder)
    {
        builder.ToTable("magic_links");
        builder.HasKey(x => x.TokenHash);
        builder.Property(x => x.TokenHash).HasColumnName("token_hash");
        builder.Property(x => x.BodyId).HasColumnName("body_id");
        builder.Property(x => x.TaskId).HasColumnName("task_id");
        builder.Property(x => x.ContactId).HasColumnName("contact_id");
        builder.Property(x => x.ExpiresAt).HasColumnName("expires_at");
        builder.Property(x => x.CreatedAt).HasColumnName("created_at");
        builder.HasIndex(x => new { x.BodyId, x.TaskId, x.ContactId }).HasDatabaseName("ix_magic_links_scope");
    }
}
