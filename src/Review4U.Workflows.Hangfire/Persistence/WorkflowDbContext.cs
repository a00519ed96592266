using Microsoft.EntityFrameworkCore;
using Review4U.Workflows.Hangfire.Persistence.Rows;

namespace Review4U.Workflows.Hangfire.Persistence;

/// <summary>
/// The engine's schema <c>workflow</c>. EF Core owns the shape and the migrations; the runtime's hot path
/// writes through plain Npgsql on the same tables so that step effects share its transaction.
/// </summary>
public sealed class WorkflowDbContext(DbContextOptions<WorkflowDbContext> options) : DbContext(options)
{
    public const string Schema = "workflow";

    public DbSet<StoredDefinition> Definitions => Set<StoredDefinition>();
    public DbSet<InstanceRow> Instances => Set<InstanceRow>();
    public DbSet<BranchRow> Branches => Set<BranchRow>();
    public DbSet<StepExecutionRow> StepExecutions => Set<StepExecutionRow>();
    public DbSet<BookmarkRow> Bookmarks => Set<BookmarkRow>();
    public DbSet<PendingEventRow> PendingEvents => Set<PendingEventRow>();
    public DbSet<IncidentRow> Incidents => Set<IncidentRow>();
    public DbSet<JournalRow> Journal => Set<JournalRow>();
    public DbSet<TriggerOccurrenceRow> TriggerOccurrences => Set<TriggerOccurrenceRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkflowDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
