using Microsoft.EntityFrameworkCore;
using Review4U.Data;
using Review4U.Data.Modules;
using Review4U.Secretariat.Data.Rows;

namespace Review4U.Secretariat.Data;

/// <summary>The secretariat renewals' and network relays' tables in the <c>secretariat</c> schema; every row carries its body id.</summary>
public sealed class SecretariatDbContext(DbContextOptions<SecretariatDbContext> options) : DbContext(options), IModuleDbContext<SecretariatDbContext>
{
    public const string Schema = "secretariat";

    static string IModuleDbContext<SecretariatDbContext>.SchemaName => Schema;

    public DbSet<RenewalRow> Renewals => Set<RenewalRow>();
    public DbSet<InterestRow> Interests => Set<InterestRow>();
    public DbSet<VoteRow> Votes => Set<VoteRow>();
    public DbSet<RelayRow> Relays => Set<RelayRow>();
    public DbSet<RelayTargetRow> RelayTargets => Set<RelayTargetRow>();

    static SecretariatDbContext IModuleDbContext<SecretariatDbContext>.Create(DbContextOptions<SecretariatDbContext> options) => new(options);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<RenewalRow>(e =>
        {
            e.ToTable("Renewals");
            e.HasIndex(r => new { r.BodyId, r.TermId, r.TermEndsOn }).IsUnique();
            e.HasIndex(r => r.BallotId).IsUnique();
            e.Property(r => r.Status).HasMaxLength(20);
            e.Property(r => r.Decision).HasMaxLength(40);
        });
        modelBuilder.Entity<InterestRow>(e =>
        {
            e.ToTable("Interests");
            e.HasIndex(i => new { i.RenewalId, i.OrganisationId }).IsUnique();
            e.HasIndex(i => i.BodyId);
            e.Property(i => i.Motivation).HasMaxLength(Review4U.Secretariat.Interests.InterestRules.MaxMotivationLength);
            e.Property(i => i.Source).HasMaxLength(10);
        });
        modelBuilder.Entity<VoteRow>(e =>
        {
            e.ToTable("Votes");
            e.HasIndex(v => new { v.RenewalId, v.ContactId }).IsUnique();
            e.HasIndex(v => v.BodyId);
            e.Property(v => v.Choice).HasMaxLength(40);
        });
        modelBuilder.Entity<RelayRow>(e =>
        {
            e.ToTable("Relays");
            e.HasIndex(r => r.IdempotencyKey).IsUnique();
            e.HasIndex(r => r.BodyId);
        });
        modelBuilder.Entity<RelayTargetRow>(e =>
        {
            e.ToTable("RelayTargets");
            e.HasIndex(t => new { t.RelayId, t.BodyId }).IsUnique();
            e.HasIndex(t => t.LinkedRoundId);
        });

        AppGeneratedKeys.Apply(modelBuilder);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
