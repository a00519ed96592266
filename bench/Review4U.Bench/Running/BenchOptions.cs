using System.Globalization;

namespace Review4U.Bench.Running;

/// <summary>What to run: sizes (member contacts), runs per size, one scenario or all, and where to write the table.</summary>
public sealed record BenchOptions(IReadOnlyList<int> Sizes, int Runs, string? Scenario, bool Smoke, string? ResultsPath)
{
    public const string Usage =
        "usage: Review4U.Bench [--size 1k|10k|50k]... [--runs N] [--scenario NAME[,NAME...]] [--smoke] [--results FILE]";

    private static readonly Dictionary<string, int> KnownSizes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["1k"] = 1_000,
        ["10k"] = 10_000,
        ["50k"] = 50_000,
    };

    /// <summary>Reads the command line; a bad argument throws <see cref="ArgumentException"/> naming it and what was expected.</summary>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var sizes = new List<int>();
        var runs = 5;
        string? scenario = null;
        string? results = null;
        var smoke = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--size":
                    var size = Value(args, ++i, "--size");
                    sizes.Add(KnownSizes.TryGetValue(size, out var n) ? n : throw new ArgumentException($"--size: expected 1k, 10k or 50k, got '{size}'."));
                    break;
                case "--runs":
                    var text = Value(args, ++i, "--runs");
                    runs = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r >= 1
                        ? r
                        : throw new ArgumentException($"--runs: expected a positive whole number, got '{text}'.");
                    break;
                case "--scenario":
                    scenario = Value(args, ++i, "--scenario");
                    break;
                case "--results":
                    results = Value(args, ++i, "--results");
                    break;
                case "--smoke":
                    smoke = true;
                    break;
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}'.");
            }
        }

        if (smoke)
        {
            return new BenchOptions([1_000], 1, scenario, true, results);
        }

        return new BenchOptions(sizes.Count == 0 ? [1_000] : sizes.Distinct().Order().ToList(), runs, scenario, false, results);
    }

    public static string Label(int size) => size % 1000 == 0 ? string.Create(CultureInfo.InvariantCulture, $"{size / 1000}k") : size.ToString(CultureInfo.InvariantCulture);

    private static string Value(IReadOnlyList<string> args, int index, string name) =>
        index < args.Count ? args[index] : throw new ArgumentException($"{name}: a value is missing.");
}
