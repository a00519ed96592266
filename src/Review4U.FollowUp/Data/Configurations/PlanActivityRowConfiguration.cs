using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.FollowUp.Data.Rows;

namespace Review4U.FollowUp.Data.Configurations;

internal sealed class PlanActivityRowConfiguration : IEntityTypeConfiguration<PlanActivityRow>
{
    public void Configure(EntityTypeBuilder<PlanActivityRow> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.ToTable("PlanActivities");
        builder.HasIndex(r => new { r.PlanId, r.Key }).IsUnique();
        builder.HasIndex(r => new { r.BodyId, r.StartsAt });
        builder.Property(r => r.Key).HasMaxLength(40);
        builder.Property(r => r.Kind).HasMaxLength(30);
        builder.Property(r => r.Status).HasMaxLength(20);
        builder.Property(r => r.OwnerLanguage).HasMaxLength(8);
    }
}
