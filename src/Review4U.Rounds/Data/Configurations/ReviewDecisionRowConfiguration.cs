using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Rounds.Data.Rows;

namespace Review4U.Rounds.Data.Configurations;

internal sealed class ReviewDecisionRowConfiguration : IEntityTypeConfiguration<ReviewDecisionRow>
{
    public void Configure(EntityTypeBuilder<ReviewDecisionRow> builder)
    {
        builder.ToTable("ReviewDecisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasIndex(d => new { d.BodyId, d.RoundId });
        builder.HasOne<ReviewTaskRow>().WithMany().HasForeignKey(d => d.ReviewTaskId);
        builder.Property(d => d.Kind).HasMaxLength(20);
    }
}
