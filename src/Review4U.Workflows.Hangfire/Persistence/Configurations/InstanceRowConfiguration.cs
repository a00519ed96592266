using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Workflows.Hangfire.Persistence.Rows;

namespace Review4U.Workflows.Hangfire.Persistence.Configurations;

internal sealed class InstanceRowConfiguration : IEntityTypeConfiguration<InstanceRow>
{
    public void Configure(EntityTypeBuilder<InstanceRow> builder)
    {
        builder.ToTable("instances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Status).HasMaxLength(16);
        builder.Property(i => i.Inputs).HasColumnType("jsonb");
        builder.Property(i => i.Variables).HasColumnType("jsonb");
        builder.Property(i => i.Output).HasColumnType("jsonb");
        builder.Property(i => i.Revision).IsConcurrencyToken();
        builder.HasIndex(i => i.IdempotencyKey).IsUnique();
        builder.HasIndex(i => new { i.Status, i.CreatedAt });
        builder.HasIndex(i => i.ParentInstanceId);
        builder.HasIndex(i => i.BodyId);
        builder.HasOne<StoredDefinition>().WithMany()
            .HasForeignKey(i => new { i.DefinitionId, i.DefinitionVersion }).OnDelete(DeleteBehavior.Restrict);
    }
}
