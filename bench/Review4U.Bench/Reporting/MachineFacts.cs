using System.Globalization;
using System.Runtime.InteropServices;
using Npgsql;

namespace Review4U.Bench.Reporting;

/// <summary>What the figures were measured on: cores, memory, load at start, runtime and server versions.</summary>
public sealed record MachineFacts(int Cores, double MemoryGiB, string LoadAverage, string Os, string DotNet, string PostgreSql, DateTimeOffset StartedAt)
{
    public static async Task<MachineFacts> ReadAsync(string adminConnectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SHOW server_version", connection);
        var version = (string)(await command.ExecuteScalarAsync(ct))!;
        return new MachineFacts(
            Environment.ProcessorCount,
            GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0,
            ReadLoadAverage(),
            RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription,
            "PostgreSQL " + version,
            DateTimeOffset.UtcNow);
    }

    private static string ReadLoadAverage()
    {
        const string path = "/proc/loadavg";
        if (!File.Exists(path))
        {
            return "unknown";
        }

        var parts = File.ReadAllText(path).Split(' ');
        return string.Create(CultureInfo.InvariantCulture, $"{parts[0]} {parts[1]} {parts[2]} (1, 5, 15 min)");
    }
}
