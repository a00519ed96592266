using System.Runtime.CompilerServices;
using Review4U.Workflows.Expressions;
using Review4U.Workflows.Loading;
using Review4U.Workflows.Registry;
using Review4U.Workflows.Validation;

namespace Review4U.Workflows.Tests.Definitions.Support;

/// <summary>The real registry (built-ins + <see cref="TestNotifyStep"/>), evaluator, validator and loader, and the corpus folders.</summary>
public static class DefinitionsFixture
{
    public static StepRegistry Registry { get; } = new([new StepRegistration(typeof(TestNotifyStep))]);

    public static FluidExpressionEvaluator Evaluator { get; } = new();

    public static DefinitionValidator Validator { get; } = new(Registry, Evaluator);

    public static WorkflowDefinitionLoader Loader { get; } = new(Validator);

    public static string CorpusFolder => Path.Combine(SourceFolder(), "..", "Corpus");

    /// <summary>Loads a YAML text as if it were a file named <paramref name="name"/>.</summary>
    public static DefinitionLoadResult LoadText(string yaml, string name = "test.yaml") =>
        Loader.Load(name, System.Text.Encoding.UTF8.GetBytes(yaml));

    // Corpus files are read from the source tree, so they need no copy-to-output entries in the project file.
    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
