using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;
using Review4U.FollowUp.Data.Rows;

namespace Review4U.FollowUp.Data;

/// <summary>VPI commitments and the annual activity plan in the <c>followup</c> schema; every row carries its body id.</summary>
public sealed class FollowUpDbContext(DbContextOptions<FollowUpDbContext> options) : DbContext(options), IModuleDbContext<FollowUpDbContext>
{
    public const string Schema = "followup";

    static string IModuleDbContext<FollowUpDbContext>.SchemaName => Schema;

    public DbSet<CommitmentRow> Commitments => Set<CommitmentRow>();
    public DbSet<IndicatorRow> Indicators => Set<IndicatorRow>();
    public DbSet<TimelineEntryRow> Timeline => Set<TimelineEntryRow>();
    public DbSet<StatusRoundRow> StatusRounds => Set<StatusRoundRow>();
    public DbSet<StatusRequestRow> StatusRequests => Set<StatusRequestRow>();
    public DbSet<ProgressReportRow> ProgressReports => Set<ProgressReportRow>();
    public DbSet<PlanRow> Plans => Set<PlanRow>();
    public DbSet<PlanActivityRow> PlanActivities => Set<PlanActivityRow>();
    public DbSet<PlanReviewerRow> PlanReviewers => Set<PlanReviewerRow>();
    public DbSet<PlanDecisionRow> PlanDecisions => Set<PlanDecisionRow>();

    static FollowUpDbContext IModuleDbContext<FollowUpDbContext>.Create(DbContextOptions<FollowUpDbContext> options) => new(options);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FollowUpDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
