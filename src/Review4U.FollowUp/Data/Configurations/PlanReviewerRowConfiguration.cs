using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.FollowUp.Data.Rows;

namespace Review4U.FollowUp.Data.Configurations;

internal sealed class PlanReviewerRowConfiguration : IEntityTypeConfiguration<PlanReviewerRow>
{
    public void Configure(EntityTypeBuilder<PlanReviewerRow> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.ToTable("PlanReviewers");
        builder.HasIndex(r => new { r.PlanId, r.ContactId }).IsUnique();
    }
}
