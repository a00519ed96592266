using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Review4U.Bench.Support;

/// <summary>
/// CPU spent during a phase by this process (every thread: clients, in-process servers and hosts) and by the PostgreSQL
/// backends connected to one database (read from /proc, so only on Linux with the server on this machine; else 0), and
/// the bytes this process allocated. Per-operation costs are what a shared machine's load does not move much, unlike
/// latencies and rates; read them outside the timings.
/// </summary>
public sealed class CpuMeter
{
    private readonly string connectionString;
    private TimeSpan processStart;
    private long allocatedStart;
    private Dictionary<int, double> backendsStart = [];

    private CpuMeter(string connectionString) => this.connectionString = connectionString;

    public static async Task<CpuMeter> StartAsync(string connectionString, CancellationToken ct)
    {
        var meter = new CpuMeter(connectionString);
        meter.backendsStart = await meter.BackendCpuAsync(ct);
        meter.processStart = ProcessCpu();
        meter.allocatedStart = GC.GetTotalAllocatedBytes();
        return meter;
    }

    /// <summary>Since the start: CPU milliseconds of this process and of the database's backends (including those opened since), bytes allocated.</summary>
    public async Task<(double ProcessMs, double PostgresMs, long AllocatedBytes)> StopAsync(CancellationToken ct)
    {
        var process = (ProcessCpu() - processStart).TotalMilliseconds;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedStart;
        var backends = await BackendCpuAsync(ct);
        var postgres = backends.Sum(b => b.Value - backendsStart.GetValueOrDefault(b.Key));
        return (process, postgres, allocated);
    }

    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
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
