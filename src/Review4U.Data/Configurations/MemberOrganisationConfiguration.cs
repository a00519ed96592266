using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Domain.Members;

namespace Review4U.Data.Configurations;

internal sealed class MemberOrganisationConfiguration : IEntityTypeConfiguration<MemberOrganisation>
{
    public void Configure(EntityTypeBuilder<MemberOrganisation> builder)
    {
        builder.ToTable("organisations");
        builder.HasKey(o => o.Id);

        // Re-imports match organisations on this key.
        builder.HasIndex(o => o.Key).IsUnique();
        builder.Property(o => o.Key).HasMaxLength(OrganisationKey.MaxLength);
        builder.Property(o => o.Name).HasMaxLength(300);
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.Country).HasMaxLength(2);
        builder.Property(o => o.Version).IsRowVersion();
        builder.HasMany(o => o.Contacts).WithOne().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
