using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Review4U.Workflows.Registry;
using Review4U.Workflows.Schema;

namespace Review4U.Workflows.Tests.Definitions.Schema;

/// <summary>
/// workflows/schema.json must equal what the registry generates, so it cannot drift from the validator.
/// Regenerate with REVIEW4U_UPDATE_SCHEMA=1 (or `review4u workflows schema`) and commit the result.
/// </summary>
public sealed class WorkflowSchemaGeneratorTests
{
    [Fact]
    public async Task Generate_EqualsTheCommittedSchema_WhenRegistryHasTheShippedStepTypes()
    {
        var registry = new ServiceCollection().AddReview4UWorkflows().BuildServiceProvider().GetRequiredService<StepRegistry>();
        var path = Path.GetFullPath(Path.Combine(SourceFolder(), "..", "..", "..", "..", "workflows", "schema.json"));

        var generated = WorkflowSchemaGenerator.Generate(registry);

        if (Environment.GetEnvironmentVariable("REVIEW4U_UPDATE_SCHEMA") == "1")
        {
            await File.WriteAllTextAsync(path, generated);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests with REVIEW4U_UPDATE_SCHEMA=1");
        Assert.Equal(generated, (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n"));
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
