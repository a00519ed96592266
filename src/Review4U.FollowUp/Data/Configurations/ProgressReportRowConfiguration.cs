using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.FollowUp.Data.Rows;

namespace Review4U.FollowUp.Data.Configurations;

internal sealed class ProgressReportRowConfiguration : IEntityTypeConfiguration<ProgressReportRow>
{
    public void Configure(EntityTypeBuilder<ProgressReportRow> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.ToTable("ProgressReports");
        builder.HasIndex(r => new { r.BodyId, r.Quarter }).IsUnique();
        builder.Property(r => r.Quarter).HasMaxLength(7);
        builder.Property(r => r.Sha256).HasMaxLength(64);
    }
}
