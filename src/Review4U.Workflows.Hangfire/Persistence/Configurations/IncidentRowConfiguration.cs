using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Workflows.Hangfire.Persistence.Rows;

namespace Review4U.Workflows.Hangfire.Persistence.Configurations;

internal sealed class IncidentRowConfiguration : IEntityTypeConfiguration<IncidentRow>
{
    public void Configure(EntityTypeBuilder<IncidentRow> builder)
    {
        builder.ToTable("incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Status).HasMaxLength(16);
        builder.HasIndex(i => new { i.InstanceId, i.Status });
        builder.HasOne<InstanceRow>().WithMany().HasForeignKey(i => i.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
