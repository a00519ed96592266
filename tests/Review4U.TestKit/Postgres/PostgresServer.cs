using Npgsql;

namespace Review4U.TestKit.Postgres;

/// <summary>The private PostgreSQL cluster started by <c>scripts/pg-up</c> (or any server named by REVIEW4U_TEST_PG).</summary>
public static class PostgresServer
{
    public static string AdminConnectionString { get; } = BuildAdmin();

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    private static string BuildAdmin()
    {
        var fromEnv = Environment.GetEnvironmentVariable("REVIEW4U_TEST_PG");
        var port = Environment.GetEnvironmentVariable("REVIEW4U_PG_PORT") ?? "55432";
        var builder = new NpgsqlConnectionStringBuilder(
            string.IsNullOrWhiteSpace(fromEnv) ? $"Host=127.0.0.1;Port={port};Username=postgres" : fromEnv)
        {
            Database = "postgres",
            Pooling = false,
        };
        return builder.ConnectionString;
    }
}
