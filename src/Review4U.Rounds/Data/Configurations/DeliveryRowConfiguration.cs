using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Rounds.Data.Rows;

namespace Review4U.Rounds.Data.Configurations;

internal sealed class DeliveryRowConfiguration : IEntityTypeConfiguration<DeliveryRow>
{
    public void Configure(EntityTypeBuilder<DeliveryRow> builder)
    {
        builder.ToTable("Deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        // One delivery per round: a retried deliver step sends nothing twice.
        builder.HasIndex(d => d.RoundId).IsUnique();
        builder.HasIndex(d => d.AckTokenHash).IsUnique();
        builder.HasIndex(d => d.BodyId);
        builder.HasOne<RoundRow>().WithMany().HasForeignKey(d => d.RoundId);
    }
}
