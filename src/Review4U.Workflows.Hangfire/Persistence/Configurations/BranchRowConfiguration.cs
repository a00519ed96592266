using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Workflows.Hangfire.Persistence.Rows;

namespace Review4U.Workflows.Hangfire.Persistence.Configurations;

internal sealed class BranchRowConfiguration : IEntityTypeConfiguration<BranchRow>
{
    public void Configure(EntityTypeBuilder<BranchRow> builder)
    {
        builder.ToTable("branches");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Status).HasMaxLength(16);
        builder.Property(b => b.Item).HasColumnType("jsonb");
        builder.Property(b => b.Outputs).HasColumnType("jsonb");
        builder.Property(b => b.Visits).HasColumnType("jsonb");
        builder.Property(b => b.Resume).HasColumnType("jsonb");
        builder.HasIndex(b => new { b.InstanceId, b.Status, b.ReadyAt });
        builder.HasIndex(b => new { b.ParentBranchId, b.Status });
        builder.HasIndex(b => new { b.Status, b.ReadyAt }).HasFilter("status = 'ready'");
        builder.HasOne<InstanceRow>().WithMany().HasForeignKey(b => b.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
