namespace Review4U.Bench.Running;

/// <summary>A benchmark: each run creates its own database(s), measures our path and a raw baseline, and drops them.</summary>
public interface IScenario
{
    /// <summary>Kebab name used by <c>--scenario</c>.</summary>
    string Name { get; }

    /// <summary>What the figure is, e.g. "engine no-op steps/s".</summary>
    string FigureLabel { get; }

    /// <summary>What the baseline is, e.g. "bare Hangfire empty jobs/s".</summary>
    string BaselineLabel { get; }

    /// <summary>Unit shared by figure and baseline (ratio = figure ÷ baseline).</summary>
    string Unit { get; }

    /// <summary>True when a larger figure is better (rates); false for times.</summary>
    bool HigherIsBetter { get; }

    /// <summary>What the size means for this scenario and the target.</summary>
    string Describe(int size, bool smoke);

    /// <summary>A rate that does not depend on the number of members: measured once, at the smallest size requested.</summary>
    bool SizeIndependent => false;

    /// <summary>Whether a <c>--smoke</c> run includes this scenario (CI must stay well under 2 minutes).</summary>
    bool RunsInSmoke => true;

    /// <summary>Whether this scenario runs at this size (some contrasts only run at 1k).</summary>
    bool Supports(int size) => true;

    /// <summary>One run; <paramref name="smoke"/> asks for the smallest meaningful amount of work (CI checks that it works, not how fast).</summary>
    Task<RunFigures> RunOnceAsync(int size, bool smoke, CancellationToken ct);
}
