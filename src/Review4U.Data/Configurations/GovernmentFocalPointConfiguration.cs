using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Domain.Governance;

namespace Review4U.Data.Configurations;

internal sealed class GovernmentFocalPointConfiguration : IEntityTypeConfiguration<GovernmentFocalPoint>
{
    public void Configure(EntityTypeBuilder<GovernmentFocalPoint> builder)
    {
        builder.ToTable("government_focal_points");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Country).HasMaxLength(2);
        builder.Property(f => f.Ministry).HasMaxLength(300);
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.Property(f => f.Email).HasMaxLength(254);

        // One current focal point per country and body; closed rows are the history.
        builder.HasIndex(f => new { f.BodyId, f.Country }).IsUnique().HasFilter("\"ToDate\" IS NULL");
    }
}
