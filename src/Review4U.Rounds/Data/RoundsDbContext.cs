using Microsoft.EntityFrameworkCore;
using Review4U.Rounds.Data.Rows;

namespace Review4U.Rounds.Data;

/// <summary>The contribution rounds' tables in the <c>rounds</c> schema; every row carries its body id.</summary>
public sealed class RoundsDbContext(DbContextOptions<RoundsDbContext> options) : DbContext(options)
{
    public const string Schema = "rounds";

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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RoundsDbContext).Assembly);
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            entity.SetTableName(SnakeCase.Of(entity.GetTableName()!));
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase.Of(property.Name));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(SnakeCase.Of(key.GetName()!));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(SnakeCase.Of(index.GetDatabaseName()!));
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(SnakeCase.Of(foreignKey.GetConstraintName()!));
            }
        }
    }
}
