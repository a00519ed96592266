using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Rounds.Data.Rows;

namespace Review4U.Rounds.Data.Configurations;

internal sealed class RoundTaskRowConfiguration : IEntityTypeConfiguration<RoundTaskRow>
{
    public void Configure(EntityTypeBuilder<RoundTaskRow> builder)
    {
        builder.ToTable("Tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        // One task per organisation per round: a repeated fan-out inserts nothing.
        builder.HasIndex(t => new { t.RoundId, t.OrganisationId }).IsUnique();
        builder.HasIndex(t => new { t.BodyId, t.RoundId, t.Status });
        builder.HasOne<RoundRow>().WithMany().HasForeignKey(t => t.RoundId);
        builder.Property(t => t.Status).HasMaxLength(20);
    }
}
