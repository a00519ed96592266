using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace Review4U.Bench.Support.Workers;

/// <summary>
/// N child processes of this bench in <c>--worker</c> mode on one database: started and composed before the
/// measurement (each says "ready"), set working together by <see cref="Go"/>, asked to stop on dispose (and killed,
/// by their own handle, if they do not exit in time).
/// </summary>
public sealed class WorkerProcesses : IWorkerGroup
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(2);
    private readonly List<Process> processes;

    private WorkerProcesses(List<Process> processes) => this.processes = processes;

    public static async Task<WorkerProcesses> StartAsync(int count, string connectionString, int workersEach, CancellationToken ct)
    {
        var started = new List<Process>();
        var group = new WorkerProcesses(started);
        try
        {
            for (var i = 0; i < count; i++)
            {
                started.Add(Process.Start(StartInfo(connectionString, workersEach)) ?? throw new InvalidOperationException("scale-out: a worker process did not start."));
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(ReadyTimeout);
            await Task.WhenAll(started.Select(p => WaitForLineAsync(p, WorkerMode.Ready, timeout.Token)));
            return group;
        }
        catch
        {
            await group.DisposeAsync();
            throw;
        }
    }

    public void Go()
    {
        foreach (var process in processes)
        {
            process.StandardInput.WriteLine(WorkerMode.GoCommand);
            process.StandardInput.Flush();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in processes)
        {
            try
            {
                process.StandardInput.Close(); // end of input: the worker stops its server and exits
            }
            catch (IOException)
            {
                // already gone
            }
        }

        foreach (var process in processes)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
            }

            process.Dispose();
        }
    }

    private static ProcessStartInfo StartInfo(string connectionString, int workersEach)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("scale-out: the bench's own executable is unknown.");
        var info = new ProcessStartInfo(host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            info.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        info.ArgumentList.Add(WorkerMode.Flag);
        info.ArgumentList.Add(connectionString);
        info.ArgumentList.Add(workersEach.ToString(CultureInfo.InvariantCulture));
        return info;
    }

    private static async Task WaitForLineAsync(Process process, string expected, CancellationToken ct)
    {
        while (await process.StandardOutput.ReadLineAsync(ct) is { } line)
        {
            if (line == expected)
            {
                return;
            }
        }

        throw new InvalidOperationException($"scale-out: worker process {process.Id} ended before saying '{expected}'.");
    }
}
