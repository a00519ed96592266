using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;

namespace Review4U.Domain.Tests.Data.Modules;

/// <summary>A module context of the tests' own (schema <c>scratch</c>), so the shared data plumbing is tested apart from any module.</summary>
public sealed class ScratchDbContext(DbContextOptions<ScratchDbContext> options) : DbContext(options), IModuleDbContext<ScratchDbContext>
{
    public const string Schema = "scratch";

    static string IModuleDbContext<ScratchDbContext>.SchemaName => Schema;

    public DbSet<NoteRow> Notes => Set<NoteRow>();

    static ScratchDbContext IModuleDbContext<ScratchDbContext>.Create(DbContextOptions<ScratchDbContext> options) => new(options);

    /// <summary>An empty database with the scratch schema, created from the model (so with its snake_case names).</summary>
    public static async Task CreateSchemaAsync(string connectionString)
    {
        await using var db = new ScratchDbContext(ModuleDatabase.Options<ScratchDbContext>(connectionString));
        await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<NoteRow>(e =>
        {
            e.ToTable("Notes");
            e.Property(n => n.Id).ValueGeneratedNever();
            e.HasIndex(n => n.BodyId);
        });
        SnakeCaseNames.Apply(modelBuilder);
    }
}
