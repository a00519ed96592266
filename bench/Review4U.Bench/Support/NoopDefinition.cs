namespace Review4U.Bench.Support;

/// <summary>The workflow of the engine scenarios: a fixed number of sequential no-op steps.</summary>
public static class NoopDefinition
{
    public const string Id = "noops";
    public const int StepsPerInstance = 5;

    public static string Yaml { get; } = $$"""
        id: {{Id}}
        version: 1
        title: No-ops
        steps:
        {{string.Join("\n", Enumerable.Range(1, StepsPerInstance).Select(i => $"  - {{ id: s{i}, type: noop }}"))}}
        """;
}
