using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Review4U.TestKit.Postgres;

/// <summary>Builds template databases once per key, safely across test processes running in parallel.</summary>
internal static class DatabaseTemplates
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<string> EnsureAsync(string key, Func<string, Task> initialise)
    {
        var name = "r4u_tpl_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
        await Gate.WaitAsync();
        try
        {
            await using var admin = new NpgsqlConnection(PostgresServer.AdminConnectionString);
            await admin.OpenAsync();
            // A session-level advisory lock serialises template builds between test processes.
            await Execute(admin, $"SELECT pg_advisory_lock({LockId(name)})");
            try
            {
                if (await Exists(admin, name))
                {
                    return name;
                }

                var building = name + "_b";
                await Execute(admin, $"DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)");
                await Execute(admin, $"CREATE DATABASE \"{building}\"");
                await initialise(PostgresServer.ConnectionStringFor(building));
                NpgsqlConnection.ClearAllPools();
                await Execute(admin, $"ALTER DATABASE \"{building}\" RENAME TO \"{name}\"");
                return name;
            }
            finally
            {
                await Execute(admin, $"SELECT pg_advisory_unlock({LockId(name)})");
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>CREATE DATABASE … TEMPLATE fails while another session is connected to the template; retry briefly.</summary>
    public static async Task RunWithTemplateRetryAsync(NpgsqlConnection admin, string sql)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Execute(admin, sql);
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }

    private static async Task<bool> Exists(NpgsqlConnection admin, string name)
    {
        await using var cmd = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", admin);
        cmd.Parameters.AddWithValue(name);
        return await cmd.ExecuteScalarAsync() is not null;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, connection);
        await cmd.ExecuteNonQueryAsync();
    }

    private static long LockId(string name) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0);
}
