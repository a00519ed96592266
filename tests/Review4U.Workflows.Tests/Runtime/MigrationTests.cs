using Review4U.TestKit.Postgres;
using Review4U.Workflows.Hangfire.Persistence;

namespace Review4U.Workflows.Tests.Runtime;

public sealed class MigrationTests
{
    [Fact]
    public async Task MigrateWorkflowAsync_CreatesBothSchemasAndCanRunAgain_WhenDatabaseIsEmpty()
    {
        await using var database = await TestDatabase.CreateEmptyAsync();

        await WorkflowDatabase.MigrateWorkflowAsync(database.ConnectionString, CancellationToken.None);
        await WorkflowDatabase.MigrateWorkflowAsync(database.ConnectionString, CancellationToken.None);

        await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT count(*) FROM information_schema.tables WHERE (table_schema = 'workflow' AND table_name IN ('instances', 'branches', 'step_executions', 'bookmarks', 'pending_events', 'incidents', 'journal', 'trigger_occurrences', 'definitions', '__EFMigrationsHistory')) OR (table_schema = 'hangfire' AND table_name = 'job')",
            connection);
        Assert.Equal(11L, await command.ExecuteScalarAsync());
    }
}
