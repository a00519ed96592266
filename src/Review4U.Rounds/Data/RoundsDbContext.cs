using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;
using Review4U.Rounds.Data.Rows;

namespace Review4U.Rounds.Data;

/// <summary>The contribution rounds' tables in the <c>rounds</c> schema; every row carries its body id.</summary>
public sealed class RoundsDbContext(DbContextOptions<RoundsDbContext> options) : DbContext(options), IModuleDbContext<RoundsDbContext>
{
    public const string Schema = "rounds";

    static string IModuleDbContext<RoundsDbContext>.SchemaName => Schema;

    public DbSet<RoundRow> Rounds => Set<RoundRow>();
    public DbSet<RoundTaskRow> Tasks => Set<RoundTaskRow>();
    public DbSet<TaskContactRow> TaskContacts => Set<TaskContactRow>();
    public DbSet<AnswerRow> Answers => Set<AnswerRow>();
    public DbSet<AnswerVersionRow> AnswerVersions => Set<AnswerVersionRow>();
    public DbSet<AttachmentRow> Attachments => Set<AttachmentRow>();
    public DbSet<ReviewTaskRow> ReviewTasks => Set<ReviewTaskRow>();
    public DbSet<ReviewDecisionRow> ReviewDecisions => Set<ReviewDecisionRow>();
    public DbSet<RoundDocumentRow> Documents => Set<RoundDocumentRow>();
    public DbSet<DeliveryRow> Deliveries => Set<DeliveryRow>();

    static RoundsDbContext IModuleDbContext<RoundsDbContext>.Create(DbContextOptions<RoundsDbContext> options) => new(options);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RoundsDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
