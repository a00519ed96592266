using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Review4U.Domain.Governance;
using Review4U.Domain.Members;

namespace Review4U.Data.Configurations;

internal sealed class RoleAssignmentConfiguration : IEntityTypeConfiguration<RoleAssignment>
{
    public void Configure(EntityTypeBuilder<RoleAssignment> builder)
    {
        builder.ToTable("role_assignments");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.ExternalName).HasMaxLength(200);
        builder.Property(r => r.ExternalEmail).HasMaxLength(254);
        builder.Property(r => r.ExternalAffiliation).HasMaxLength(300);
        builder.Property(r => r.Version).IsRowVersion();
        builder.HasOne<MemberOrganisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(r => r.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkingGroup>().WithMany().HasForeignKey(r => r.WorkingGroupId).OnDelete(DeleteBehavior.Restrict);

        // The domain checks overlaps; these guard concurrent writers: one open single-holder term per body.
        builder.HasIndex(r => new { r.BodyId, r.Kind }).IsUnique()
            .HasFilter("\"EndsOn\" IS NULL AND \"Kind\" IN ('Coordinator', 'CoCoordinator', 'AdministrativeFocalPoint', 'GovernmentObserver')")
            .HasDatabaseName("IX_role_assignments_one_open_single_holder");
        builder.HasIndex(r => new { r.BodyId, r.WorkingGroupId }).IsUnique()
            .HasFilter("\"EndsOn\" IS NULL AND \"Kind\" = 'WorkingGroupLead'")
            .HasDatabaseName("IX_role_assignments_one_open_group_lead");
    }
}
