using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Domain.Members;

namespace Review4U.Data.Configurations;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("memberships");
        builder.HasKey(m => m.Id);
        builder.HasOne<MemberOrganisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);

        // At most one current membership of an organisation in a body.
        builder.HasIndex(m => new { m.BodyId, m.OrganisationId }).IsUnique().HasFilter("\"LeftOn\" IS NULL");
    }
}
