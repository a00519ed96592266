using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.FollowUp.Data.Rows;

namespace Review4U.FollowUp.Data.Configurations;

internal sealed class StatusRoundRowConfiguration : IEntityTypeConfiguration<StatusRoundRow>
{
    public void Configure(EntityTypeBuilder<StatusRoundRow> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.ToTable("StatusRounds");
        builder.HasIndex(r => new { r.BodyId, r.Period }).IsUnique();
        builder.Property(r => r.Period).HasMaxLength(7);
    }
}
