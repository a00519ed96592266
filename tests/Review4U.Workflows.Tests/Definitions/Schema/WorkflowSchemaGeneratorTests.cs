using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Review4U.Workflows.Registry;
using Review4U.Workflows.Schema;

namespace Review4U.Workflows.Tests.Definitions.Schema;

/// <summary>
/// workflows/schema.json is written by `review4u workflows schema` from every registered step type (the CLI's test
/// checks it whole); here: what the engine itself generates (the file's frame and every built-in step type) is in it unchanged.
/// </summary>
public sealed class WorkflowSchemaGeneratorTests
{
    [Fact]
    public async Task Generate_MatchesTheCommittedSchemaForEveryBuiltInPart_WhenRegistryHasTheBuiltInStepTypes()
    {
        var registry = new ServiceCollection().AddReview4UWorkflows().BuildServiceProvider().GetRequiredService<StepRegistry>();
        var path = Path.GetFullPath(Path.Combine(SourceFolder(), "..", "..", "..", "..", "workflows", "schema.json"));

        var generated = JsonNode.Parse(WorkflowSchemaGenerator.Generate(registry))!.AsObject();
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();

        foreach (var (name, value) in generated.Where(p => p.Key != "$defs"))
        {
            Assert.True(JsonNode.DeepEquals(value, committed[name]), $"schema.json's '{name}' differs: run `review4u workflows schema`");
        }

        // "step" lists every registered type (the modules' too): the built-in ones must be among them.
        var builtIns = generated["$defs"]!.AsObject();
        foreach (var (name, value) in builtIns.Where(p => p.Key != "step"))
        {
            Assert.True(JsonNode.DeepEquals(value, committed["$defs"]![name]), $"schema.json's '$defs.{name}' differs: run `review4u workflows schema`");
        }

        var committedTypes = committed["$defs"]!["step"]!["properties"]!["type"]!["enum"]!.AsArray().Select(n => (string?)n).ToHashSet();
        Assert.Superset(
            builtIns["step"]!["properties"]!["type"]!["enum"]!.AsArray().Select(n => (string?)n).ToHashSet(), committedTypes);
    }

    [Fact]
    public void Generate_DescribesEveryStepTypeAndItsParameters_WhenRegistryHasThem()
    {
        var schema = JsonNode.Parse(WorkflowSchemaGenerator.Generate(new StepRegistry([])))!;

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        var forEach = schema["$defs"]!["step.forEach"]!;
        Assert.Equal(["items"], forEach["properties"]!["with"]!["required"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(["all", "any", "quorum"], forEach["properties"]!["with"]!["properties"]!["join"]!["enum"]!.AsArray().Select(n => (string?)n));
        Assert.False(forEach["properties"]!["then"]!.GetValue<bool>());
        Assert.Equal(["with", "do"], forEach["required"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(9, schema["$defs"]!["step"]!["allOf"]!.AsArray().Count);
    }

    [Fact]
    public async Task Generate_MatchesTheReadmeReference_WhenRegistryHasTheShippedStepTypes()
    {
        var registry = new ServiceCollection().AddReview4UWorkflows().BuildServiceProvider().GetRequiredService<StepRegistry>();
        var path = Path.GetFullPath(Path.Combine(SourceFolder(), "..", "..", "..", "..", "workflows", "README.md"));
        var readme = (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n");

        var expected = StepTypeDocs.ReplaceSection(readme, registry);

        if (Environment.GetEnvironmentVariable("REVIEW4U_UPDATE_SCHEMA") == "1")
        {
            await File.WriteAllTextAsync(path, expected);
            readme = expected;
        }

        Assert.Equal(expected, readme);
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
