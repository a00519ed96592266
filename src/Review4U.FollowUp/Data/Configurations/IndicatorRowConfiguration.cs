using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.FollowUp.Data.Rows;

namespace Review4U.FollowUp.Data.Configurations;

internal sealed class IndicatorRowConfiguration : IEntityTypeConfiguration<IndicatorRow>
{
    public void Configure(EntityTypeBuilder<IndicatorRow> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.ToTable("Indicators");
        builder.HasIndex(r => new { r.CommitmentId, r.Position }).IsUnique();
    }
}
