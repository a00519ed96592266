using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Rounds.Data.Rows;

namespace Review4U.Rounds.Data.Configurations;

internal sealed class RoundRowConfiguration : IEntityTypeConfiguration<RoundRow>
{
    public void Configure(EntityTypeBuilder<RoundRow> builder)
    {
        builder.ToTable("Rounds");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => r.IdempotencyKey).IsUnique();
        builder.HasIndex(r => new { r.BodyId, r.Status });
        builder.Property(r => r.IdempotencyKey).HasMaxLength(200);
        builder.Property(r => r.Status).HasMaxLength(20);
        builder.Property(r => r.Attribution).HasMaxLength(20);
    }
}
