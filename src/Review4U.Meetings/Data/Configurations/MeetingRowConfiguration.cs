using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Meetings.Data.Rows;

namespace Review4U.Meetings.Data.Configurations;

internal sealed class MeetingRowConfiguration : IEntityTypeConfiguration<MeetingRow>
{
    public void Configure(EntityTypeBuilder<MeetingRow> builder)
    {
        builder.ToTable("Meetings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        // One meeting per body, kind and period: the cron trigger (and a repeated `schedule`) cannot open two.
        builder.HasIndex(m => new { m.BodyId, m.Kind, m.Period }).IsUnique();
        builder.HasIndex(m => new { m.BodyId, m.StartsAt });
        builder.Property(m => m.Kind).HasMaxLength(30);
        builder.Property(m => m.Period).HasMaxLength(20);
        builder.Property(m => m.Status).HasMaxLength(20);
        builder.Ignore(m => m.AgendaCutoff);
        builder.Ignore(m => m.SettleBy);
    }
}
