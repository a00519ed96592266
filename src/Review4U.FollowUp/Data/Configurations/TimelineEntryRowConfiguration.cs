using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.FollowUp.Data.Rows;

namespace Review4U.FollowUp.Data.Configurations;

internal sealed class TimelineEntryRowConfiguration : IEntityTypeConfiguration<TimelineEntryRow>
{
    public void Configure(EntityTypeBuilder<TimelineEntryRow> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.ToTable("TimelineEntries");
        builder.HasIndex(r => new { r.CommitmentId, r.At });
        builder.HasIndex(r => new { r.BodyId, r.At });
        builder.Property(r => r.Status).HasMaxLength(20);
        builder.Property(r => r.Source).HasMaxLength(20);
    }
}
