using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Workflows.Hangfire.Persistence.Rows;

namespace Review4U.Workflows.Hangfire.Persistence.Configurations;

internal sealed class StepExecutionRowConfiguration : IEntityTypeConfiguration<StepExecutionRow>
{
    public void Configure(EntityTypeBuilder<StepExecutionRow> builder)
    {
        builder.ToTable("step_executions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Status).HasMaxLength(16);
        builder.Property(e => e.Output).HasColumnType("jsonb");
        builder.HasIndex(e => e.BranchId);
        builder.HasIndex(e => new { e.InstanceId, e.Scope, e.StepId, e.Iteration }).IsUnique();
        builder.HasOne<InstanceRow>().WithMany().HasForeignKey(e => e.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
