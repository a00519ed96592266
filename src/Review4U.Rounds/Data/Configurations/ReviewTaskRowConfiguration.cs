using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Rounds.Data.Rows;

namespace Review4U.Rounds.Data.Configurations;

internal sealed class ReviewTaskRowConfiguration : IEntityTypeConfiguration<ReviewTaskRow>
{
    public void Configure(EntityTypeBuilder<ReviewTaskRow> builder)
    {
        builder.ToTable("ReviewTasks");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => new { r.RoundId, r.ContactId }).IsUnique();
        builder.HasIndex(r => r.BodyId);
        builder.HasOne<RoundRow>().WithMany().HasForeignKey(r => r.RoundId);
    }
}
