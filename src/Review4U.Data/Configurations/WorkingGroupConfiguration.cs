using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Domain.Governance;

namespace Review4U.Data.Configurations;

internal sealed class WorkingGroupConfiguration : IEntityTypeConfiguration<WorkingGroup>
{
    public void Configure(EntityTypeBuilder<WorkingGroup> builder)
    {
        builder.ToTable("working_groups");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Topic).HasMaxLength(200);
    }
}
