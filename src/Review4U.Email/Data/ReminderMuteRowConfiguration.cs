using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Review4U.Email.Data;

internal sealed class ReminderMuteRowConfiguration : IEntityTypeConfiguration<ReminderMuteRow>
{
    public void Configure(EntityTypeBuilder<ReminderMuteRow> builder)
    {
        builder.ToTable("reminder_mutes");
        builder.HasKey(x => new { x.BodyId, x.ScopeId, x.ContactId });
        builder.Property(x => x.BodyId).HasColumnName("body_id");
        builder.Property(x => x.ScopeId).HasColumnName("scope_id");
        builder.Property(x => x.ContactId).HasColumnName("contact_id");
        builder.Property(x => x.MutedAt).HasColumnName("muted_at");
    }
}
