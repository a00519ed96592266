using System.Security.Cryptography;
using Npgsql;

namespace Review4U.TestKit.Postgres;

/// <summary>
/// A database of a test's own, dropped on dispose. Created from a migrated template (a file-level copy,
/// ~100 ms) so that a test pays for migrations once per test run, not once per test.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name) => Name = name;

    public string Name { get; }

    public string ConnectionString => PostgresServer.ConnectionStringFor(Name);

    /// <summary>An empty database.</summary>
    public static Task<TestDatabase> CreateEmptyAsync() => CreateAsync(template: null);

    /// <summary>
    /// A database copied from the template <paramref name="templateKey"/>, which
    /// <paramref name="initialise"/> builds once (given its connection string) across every test process.
    /// Change the key when what <paramref name="initialise"/> does changes.
    /// </summary>
    public static async Task<TestDatabase> CreateFromTemplateAsync(string templateKey, Func<string, Task> initialise)
    {
        ArgumentNullException.ThrowIfNull(initialise);
        var template = await DatabaseTemplates.EnsureAsync(templateKey, initialise);
        return await CreateAsync(template);
    }

    private static async Task<TestDatabase> CreateAsync(string? template)
    {
        var name = "r4u_t_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        await using var admin = new NpgsqlConnection(PostgresServer.AdminConnectionString);
        await admin.OpenAsync();
        var sql = template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"";
        await DatabaseTemplates.RunWithTemplateRetryAsync(admin, sql);
        return new TestDatabase(name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(PostgresServer.AdminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
