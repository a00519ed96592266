using System.Diagnostics;
using System.Globalization;
using Review4U.Bench.Reporting;

namespace Review4U.Bench.Running;

/// <summary>Runs the chosen scenarios in priority order, prints each run as it ends, and collects the results.</summary>
public sealed class BenchRunner(IReadOnlyList<IScenario> scenarios, TextWriter log)
{
    /// <summary>Scenarios (and sizes) that threw, with their message; the table leaves them out.</summary>
    public IList<string> Failures { get; } = [];

    public async Task<IReadOnlyList<ScenarioResult>> RunAsync(BenchOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        var names = options.Scenario?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var chosen = (names is null ? scenarios : scenarios.Where(s => names.Contains(s.Name, StringComparer.Ordinal)))
            .Where(s => !options.Smoke || s.RunsInSmoke).ToList();
        if (chosen.Count == 0)
        {
            throw new ArgumentException($"--scenario: expected one or more (comma-separated) of {string.Join(", ", scenarios.Select(s => s.Name))}, got '{options.Scenario}'.");
        }

        var results = new List<ScenarioResult>();
        foreach (var scenario in chosen)
        {
            foreach (var size in options.Sizes.Where(scenario.Supports).Take(scenario.SizeIndependent ? 1 : int.MaxValue))
            {
                try
                {
                    results.Add(await RunScenarioAsync(scenario, size, options, ct));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One broken scenario must not cost the figures of the others; the failure is printed and the exit code says so.
                    await log.WriteLineAsync($"{scenario.Name} {BenchOptions.Label(size)} FAILED: {e}");
                    Failures.Add($"{scenario.Name} {BenchOptions.Label(size)}: {e.Message}");
                }
            }
        }

        return results;
    }

    /// <summary>
    /// The PostgreSQL server is shared: when it refuses a connection or restarts, the whole run is redone,
    /// said in the log, rather than recording a figure that measured a failure.
    /// </summary>
    private async Task<RunFigures> RunWithRetryAsync(IScenario scenario, int size, bool smoke, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await scenario.RunOnceAsync(size, smoke, ct);
            }
            catch (Npgsql.PostgresException e) when (IsServerUnavailable(e) && attempt < 3)
            {
                await log.WriteLineAsync($"{scenario.Name}: the server refused or dropped a connection ({e.SqlState}: {e.MessageText}); retrying the run in 10 s.");
                await Task.Delay(TimeSpan.FromSeconds(10), ct);
            }
        }
    }

    // Too many clients, or the shared server restarting (shutting down, starting up, terminated by an administrator).
    private static bool IsServerUnavailable(Npgsql.PostgresException e) =>
        e.SqlState is Npgsql.PostgresErrorCodes.TooManyConnections or Npgsql.PostgresErrorCodes.CannotConnectNow or Npgsql.PostgresErrorCodes.AdminShutdown;

    private async Task<ScenarioResult> RunScenarioAsync(IScenario scenario, int size, BenchOptions options, CancellationToken ct)
    {
        var runs = options.Runs;
        var figures = new List<RunFigures>();
        for (var run = 1; run <= runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var figure = await RunWithRetryAsync(scenario, size, options.Smoke, ct);
            figures.Add(figure);
            var extras = figure.Extras is null ? "" : "; " + string.Join("; ", figure.Extras.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Key} {e.Value:0.##}")));
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{scenario.Name} {BenchOptions.Label(size)} run {run}/{runs}: {scenario.FigureLabel} {figure.Figure:0.##} {scenario.Unit}, "
                + $"{scenario.BaselineLabel} {figure.Baseline:0.##} {scenario.Unit}, ratio {figure.Figure / figure.Baseline:0.00}{extras} ({watch.Elapsed.TotalSeconds:0.0} s)"));
        }

        return new ScenarioResult(scenario.Name, size, scenario.Describe(size, options.Smoke), scenario.FigureLabel, scenario.BaselineLabel, scenario.Unit, scenario.HigherIsBetter,
            figures.Select(f => f.Figure).ToList(), figures.Select(f => f.Baseline).ToList(),
            figures.Select(f => f.Extras ?? new Dictionary<string, double>()).ToList());
    }
}
