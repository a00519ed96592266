using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.FollowUp.Data.Rows;

namespace Review4U.FollowUp.Data.Configurations;

internal sealed class CommitmentRowConfiguration : IEntityTypeConfiguration<CommitmentRow>
{
    public void Configure(EntityTypeBuilder<CommitmentRow> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.ToTable("Commitments");
        builder.HasIndex(r => new { r.BodyId, r.Key }).IsUnique();
        builder.HasIndex(r => r.ParentId);
        builder.Property(r => r.Key).HasMaxLength(40);
        builder.Property(r => r.Status).HasMaxLength(20);
        builder.Property(r => r.ThematicArea).HasMaxLength(40);
        builder.Property(r => r.OwnerLanguage).HasMaxLength(8);
    }
}
