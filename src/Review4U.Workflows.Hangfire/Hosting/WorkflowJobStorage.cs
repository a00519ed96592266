using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Review4U.Workflows.Hangfire.Persistence;

namespace Review4U.Workflows.Hangfire.Hosting;

/// <summary>Hangfire.PostgreSql storage with the settings measured in RECIPES.md.</summary>
public static class WorkflowJobStorage
{
    public static PostgreSqlStorage Create(WorkflowEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = WorkflowDatabase.HangfireSchema,
            PrepareSchemaIfNecessary = false,
            QueuePollInterval = options.QueuePollInterval,
            EnableLongPolling = false,
            UseSlidingInvisibilityTimeout = true,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(options.ConnectionString, storageOptions), storageOptions);
    }
}
