using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Domain.Governance;
using Review4U.Domain.Members;

namespace Review4U.Data.Configurations;

internal sealed class SecretariatTermConfiguration : IEntityTypeConfiguration<SecretariatTerm>
{
    public void Configure(EntityTypeBuilder<SecretariatTerm> builder)
    {
        builder.ToTable("secretariat_terms");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Version).IsRowVersion();
        builder.HasOne<MemberOrganisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Renewals).WithOne().HasForeignKey(r => r.TermId).OnDelete(DeleteBehavior.Cascade);
    }
}
