namespace Review4U.Bench.Running;

/// <summary>One run of a scenario: our figure, the raw baseline measured beside it, and extra facts (peak memory, counts).</summary>
public sealed record RunFigures(double Figure, double Baseline, IReadOnlyDictionary<string, double>? Extras = null);
