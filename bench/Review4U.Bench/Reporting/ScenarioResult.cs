namespace Review4U.Bench.Reporting;

/// <summary>Every run of one scenario at one size, summarised as median and min–max.</summary>
public sealed record ScenarioResult(string Scenario, int Size, string Description, string FigureLabel, string BaselineLabel, string Unit,
    bool HigherIsBetter, IReadOnlyList<double> Figures, IReadOnlyList<double> Baselines, IReadOnlyList<IReadOnlyDictionary<string, double>> Extras)
{
    public double Figure => Statistics.Median(Figures);

    public double Baseline => Statistics.Median(Baselines);

    /// <summary>Median of the per-run ratios: each run's figure and baseline share the same machine moment.</summary>
    public double Ratio => Statistics.Median(Figures.Zip(Baselines, (f, b) => b == 0 ? double.NaN : f / b).ToList());

    /// <summary>Median of an extra fact across runs, or null when no run reported it.</summary>
    public double? Extra(string name)
    {
        var values = Extras.Where(e => e.ContainsKey(name)).Select(e => e[name]).ToList();
        return values.Count == 0 ? null : Statistics.Median(values);
    }
}
