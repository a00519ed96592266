using Hangfire.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Review4U.Workflows.Hangfire.Persistence;

/// <summary>Creates or upgrades the engine's schemas: <c>workflow</c> (EF Core migrations) and <c>hangfire</c>.</summary>
public static class WorkflowDatabase
{
    public const string HangfireSchema = "hangfire";

    /// <summary>Applies the checked-in migrations of schema <c>workflow</c> and installs Hangfire.PostgreSql's schema.</summary>
    public static async Task MigrateWorkflowAsync(string connectionString, CancellationToken ct)
    {
        await using (var db = new WorkflowDbContext(WorkflowDbContextOptions.For(connectionString)))
        {
            await db.Database.MigrateAsync(ct);
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        PostgreSqlObjectsInstaller.Install(connection, HangfireSchema);
    }
}
