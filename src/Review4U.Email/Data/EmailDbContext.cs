using Microsoft.EntityFrameworkCore;

namespace Review4U.Email.Data;

/// <summary>The <c>email</c> schema: outbox, address status, reminder mutes, magic links, inbound replies.</summary>
public sealed class EmailDbContext(DbContextOptions<EmailDbContext> options) : DbContext(options)
{
    public const string Schema = "email";

    public DbSet<OutboxRow> Outbox => Set<OutboxRow>();
    public DbSet<AddressStatusRow> AddressStatus => Set<AddressStatusRow>();
    public DbSet<ReminderMuteRow> ReminderMutes => Set<ReminderMuteRow>();
    public DbSet<MagicLinkRow> MagicLinks => Set<MagicLinkRow>();
    public DbSet<InboundRow> Inbound => Set<InboundRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EmailDbContext).Assembly);
    }
}
