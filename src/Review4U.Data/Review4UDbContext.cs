using Microsoft.EntityFrameworkCore;
using Review4U.Domain.Bodies;
using Review4U.Domain.Governance;
using Review4U.Domain.Members;

namespace Review4U.Data;

/// <summary>The domain's tables (bodies, members, governance) in the <c>review4u</c> schema.</summary>
public sealed class Review4UDbContext(DbContextOptions<Review4UDbContext> options) : DbContext(options)
{
    public const string Schema = "review4u";

    public DbSet<Body> Bodies => Set<Body>();

    public DbSet<MemberOrganisation> Organisations => Set<MemberOrganisation>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();

    public DbSet<WorkingGroup> WorkingGroups => Set<WorkingGroup>();

    public DbSet<SecretariatTerm> SecretariatTerms => Set<SecretariatTerm>();

    public DbSet<SecretariatRenewal> SecretariatRenewals => Set<SecretariatRenewal>();

    public DbSet<GovernmentFocalPoint> GovernmentFocalPoints => Set<GovernmentFocalPoint>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(Review4UDbContext).Assembly);
        AppGeneratedKeys.Apply(modelBuilder);
    }
}
