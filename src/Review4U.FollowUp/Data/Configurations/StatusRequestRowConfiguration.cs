using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.FollowUp.Data.Rows;

namespace Review4U.FollowUp.Data.Configurations;

internal sealed class StatusRequestRowConfiguration : IEntityTypeConfiguration<StatusRequestRow>
{
    public void Configure(EntityTypeBuilder<StatusRequestRow> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.ToTable("StatusRequests");
        builder.HasIndex(r => new { r.RoundId, r.CommitmentId }).IsUnique();
        builder.HasIndex(r => new { r.BodyId, r.CommitmentId });
        builder.Property(r => r.Language).HasMaxLength(8);
    }
}
