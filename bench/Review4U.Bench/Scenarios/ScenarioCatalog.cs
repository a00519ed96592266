using Review4U.Bench.Running;

namespace Review4U.Bench.Scenarios;

/// <summary>Every scenario, in the brief's order of priority (the order they run and appear in RESULTS.md).</summary>
public static class ScenarioCatalog
{
    public static IReadOnlyList<IScenario> All() =>
    [
        new EngineThroughputScenario(),
        new EmailDeliveryScenario(),
        new CompilationScenario(),
        new RoundLaunchScenario(),
        new AnswerLatencyScenario(),
        new ScaleOutScenario(1),
        new ScaleOutScenario(2),
        new ScaleOutScenario(3),
    ];
}
