using Microsoft.EntityFrameworkCore;

namespace Review4U.Workflows.Hangfire.Persistence;

/// <summary>One place that says how the engine's context talks to PostgreSQL (migrations history in its schema).</summary>
public static class WorkflowDbContextOptions
{
    public static DbContextOptions<WorkflowDbContext> For(string connectionString) =>
        Configure(new DbContextOptionsBuilder<WorkflowDbContext>(), connectionString).Options;

    public static DbContextOptionsBuilder<WorkflowDbContext> Configure(DbContextOptionsBuilder<WorkflowDbContext> builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", WorkflowDbContext.Schema));
    }
}
