using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Review4U.Workflows.Schema;
using Review4U.Workflows.Tests.Definitions.Support;

namespace Review4U.Workflows.Tests.Definitions.Schema;

/// <summary>The generated schema, run by a real JSON Schema 2020-12 evaluator: valid definitions pass, wrong shapes fail.</summary>
public sealed class WorkflowSchemaConformanceTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(WorkflowSchemaGenerator.Generate(DefinitionsFixture.Registry));

    public static TheoryData<string> ValidFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(DefinitionsFixture.CorpusFolder, "valid"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public async Task Evaluate_Passes_WhenDefinitionIsValid(string name)
    {
        var json = ToElement(YamlToJson.Convert(await File.ReadAllTextAsync(Path.Combine(DefinitionsFixture.CorpusFolder, "valid", name))));

        var result = Schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, Describe(result));
    }

    [Theory]
    [InlineData("unknown-step-type.yaml")]
    [InlineData("parameters.yaml")]
    [InlineData("wrong-types.yaml")]
    [InlineData("bad-version.yaml")]
    [InlineData("missing-top-level.yaml")]
    [InlineData("control-flow.yaml")]
    [InlineData("inputs.yaml")]
    public async Task Evaluate_Fails_WhenDefinitionHasAWrongShape(string name)
    {
        var json = ToElement(YamlToJson.Convert(await File.ReadAllTextAsync(Path.Combine(DefinitionsFixture.CorpusFolder, "invalid", name))));

        var result = Schema.Evaluate(json);

        Assert.False(result.IsValid);
    }

    private static JsonElement ToElement(JsonNode? node) => JsonDocument.Parse(node?.ToJsonString() ?? "null").RootElement.Clone();

    private static string Describe(EvaluationResults result) =>
        string.Join('\n', (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));
}
