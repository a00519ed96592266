using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Rounds.Data.Rows;

namespace Review4U.Rounds.Data.Configurations;

internal sealed class RoundDocumentRowConfiguration : IEntityTypeConfiguration<RoundDocumentRow>
{
    public void Configure(EntityTypeBuilder<RoundDocumentRow> builder)
    {
        builder.ToTable("Documents");
        builder.HasKey(d => new { d.RoundId, d.Kind });
        builder.HasIndex(d => d.BodyId);
        builder.HasOne<RoundRow>().WithMany().HasForeignKey(d => d.RoundId);
    }
}
