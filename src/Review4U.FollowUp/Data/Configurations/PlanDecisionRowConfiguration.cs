using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.FollowUp.Data.Rows;

namespace Review4U.FollowUp.Data.Configurations;

internal sealed class PlanDecisionRowConfiguration : IEntityTypeConfiguration<PlanDecisionRow>
{
    public void Configure(EntityTypeBuilder<PlanDecisionRow> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.ToTable("PlanDecisions");
        builder.HasIndex(r => new { r.PlanId, r.At });
        builder.Property(r => r.Kind).HasMaxLength(20);
        builder.Property(r => r.ActivityKey).HasMaxLength(40);
    }
}
