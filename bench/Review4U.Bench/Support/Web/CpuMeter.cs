using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Review4U.Bench.Support.Web;

/// <summary>
/// CPU spent during a phase by this process (client, both web hosts, the engine's server) and by the PostgreSQL
/// backends connected to one database (read from /proc, so only on Linux with the server on this machine; else 0).
/// Per-operation CPU is what a shared machine's load does not move much, unlike latencies.
/// </summary>
public sealed class CpuMeter
{
    private readonly string connectionString;
    private TimeSpan processStart;
    private Dictionary<int, double> backendsStart = [];

    private CpuMeter(string connectionString) => this.connectionString = connectionString;

    public static async Task<CpuMeter> StartAsync(string connectionString, CancellationToken ct)
    {
        var meter = new CpuMeter(connectionString);
        meter.backendsStart = await meter.BackendCpuAsync(ct);
        meter.processStart = Process.GetCurrentProcess().TotalProcessorTime;
        return meter;
    }

    /// <summary>Milliseconds of CPU since the start: (this process, the database's backends, including those opened since).</summary>
    public async Task<(double ProcessMs, double PostgresMs)> StopAsync(CancellationToken ct)
    {
        var process = (Process.GetCurrentProcess().TotalProcessorTime - processStart).TotalMilliseconds;
        var backends = await BackendCpuAsync(ct);
        var postgres = backends.Sum(b => b.Value - backendsStart.GetValueOrDefault(b.Key));
        return (process, postgres);
    }

    private async Task<Dictionary<int, double>> BackendCpuAsync(CancellationToken ct)
    {
        var pids = new List<int>();
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString))
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                pids.Add(reader.GetInt32(0));
            }
        }

        var cpu = new Dictionary<int, double>();
        foreach (var pid in pids)
        {
            if (ReadCpuMs(pid) is { } ms)
            {
                cpu[pid] = ms;
            }
        }

        return cpu;
    }

    // /proc/<pid>/stat fields 14 and 15 (utime, stime) in clock ticks, after the command name in parentheses.
    private static double? ReadCpuMs(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return ticks * 1000.0 / TicksPerSecond;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    // USER_HZ is 100 on every Linux build in use; .NET exposes no sysconf.
    private const double TicksPerSecond = 100;
}
