using System.Globalization;
using System.Text;
using Review4U.Bench.Running;

namespace Review4U.Bench.Reporting;

/// <summary>Writes bench/RESULTS.md: machine facts, one table row per scenario and size, and what each figure means.</summary>
public static class ResultsWriter
{
    /// <param name="notes">Hand-written analysis (bench/NOTES.md: what limited each figure), appended as is; null when absent.</param>
    public static string Render(MachineFacts machine, BenchOptions options, IReadOnlyList<ScenarioResult> results, string loadAtEnd, string? notes)
    {
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(results);
        var md = new StringBuilder();
        Line(md, "# Review4U benchmark results");
        Line(md, "");
        Line(md, $"Written by `scripts/bench` ({(options.Smoke ? "smoke: 1k, 1 run" : $"{options.Runs} runs per size")}) at {machine.StartedAt:yyyy-MM-dd HH:mm} UTC.");
        Line(md, $"Machine: {machine.Cores} cores, {machine.MemoryGiB:0.0} GiB, load average at start {machine.LoadAverage}, at end {loadAtEnd}; {machine.Os}; {machine.DotNet}; {machine.PostgreSql} (private cluster on loopback).");
        Line(md, "");
        Line(md, "Each row: median of the runs (min–max in brackets); the baseline is measured in the same run on the same database or server; "
            + "ratio = median of the per-run figure ÷ baseline (for times, below 1 is faster than the baseline).");
        Line(md, "");
        Line(md, "| scenario | size | ours | raw baseline | ratio | runs | extra |");
        Line(md, "|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            Line(md, $"| {r.Scenario}: {r.FigureLabel} vs {r.BaselineLabel} | {BenchOptions.Label(r.Size)} | {Range(r.Figures)} {r.Unit} | {Range(r.Baselines)} {r.Unit} | {r.Ratio:0.00}× | {r.Figures.Count} | {Extras(r)} |");
        }

        Line(md, "");
        Line(md, "## What each scenario measures");
        foreach (var r in results.DistinctBy(r => (r.Scenario, r.Size)))
        {
            Line(md, $"- **{r.Scenario} {BenchOptions.Label(r.Size)}**: {r.Description}");
        }

        if (notes is not null)
        {
            Line(md, "");
            md.Append(notes);
        }

        return md.ToString();
    }

    public static string Range(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Count == 1
            ? Number(values[0])
            : $"{Number(Statistics.Median(values))} ({Number(values.Min())}–{Number(values.Max())})";
    }

    private static string Extras(ScenarioResult r) =>
        string.Join("; ", r.Extras.SelectMany(e => e.Keys).Distinct(StringComparer.Ordinal).Select(k => $"{k} {Number(r.Extra(k)!.Value)}"));

    private static string Number(double value) => value switch
    {
        >= 100 => value.ToString("0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.00", CultureInfo.InvariantCulture),
    };

    private static void Line(StringBuilder md, string text) => md.Append(CultureInfo.InvariantCulture, $"{text}\n");
}
