using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;
using Review4U.Meetings.Data.Rows;

namespace Review4U.Meetings.Data;

/// <summary>The meetings' tables in the <c>meetings</c> schema; every row carries its body id.</summary>
public sealed class MeetingsDbContext(DbContextOptions<MeetingsDbContext> options) : DbContext(options), IModuleDbContext<MeetingsDbContext>
{
    public const string Schema = "meetings";

    static string IModuleDbContext<MeetingsDbContext>.SchemaName => Schema;

    public DbSet<MeetingRow> Meetings => Set<MeetingRow>();
    public DbSet<ParticipantRow> Participants => Set<ParticipantRow>();
    public DbSet<AgendaItemRow> AgendaItems => Set<AgendaItemRow>();
    public DbSet<AgendaVoteRow> AgendaVotes => Set<AgendaVoteRow>();
    public DbSet<ActionItemRow> ActionItems => Set<ActionItemRow>();

    static MeetingsDbContext IModuleDbContext<MeetingsDbContext>.Create(DbContextOptions<MeetingsDbContext> options) => new(options);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MeetingsDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
