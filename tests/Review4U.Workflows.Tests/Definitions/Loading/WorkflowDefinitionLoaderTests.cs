using System.Security.Cryptography;
using System.Text;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Tests.Definitions.Support;

namespace Review4U.Workflows.Tests.Definitions.Loading;

public sealed class WorkflowDefinitionLoaderTests
{
    private const string Yaml = """
        id: sample
        version: 4
        title: Sample
        inputs:
          bodyCode: { type: string, required: true, description: The body }
          days: { type: list, default: [7, 2] }
        variables:
          sent: 0
        triggers:
          - type: manual
          - { id: nightly, type: cron, cron: "0 0 2 * * *", timeZone: UTC, inputs: { bodyCode: X } }
          - { type: event, event: member.joined, inputs: { bodyCode: "{{ event.code }}" } }
        steps:
          - id: first
            type: log
            with: { message: "Hi {{ inputs.bodyCode }}" }
            retry: { attempts: 5, backoff: PT30S, maxBackoff: PT10M, multiplier: 3 }
            next: pick
          - id: pick
            type: switch
            with: { value: "{{ inputs.bodyCode }}" }
            cases:
              X:
                - { id: inX, type: log, with: { message: x } }
              "Y":
                - { id: inY, type: log, with: { message: y } }
            default:
              - { id: other, type: setVariable, with: { name: sent, value: 1 } }
        """;

    private static byte[] Bytes => Encoding.UTF8.GetBytes(Yaml);

    [Fact]
    public void Load_BuildsTheModel_WhenFileIsValid()
    {
        var definition = DefinitionsFixture.Loader.Load("sample.yaml", Bytes).Definition!;

        Assert.Equal(("sample", 4, "Sample"), (definition.Id, definition.Version, definition.Title));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Bytes)), definition.ContentHash);
        Assert.Equal("sample.yaml", definition.SourcePath);
        var bodyCode = definition.Inputs[0];
        Assert.Equal(("bodyCode", DataType.String, true, "The body"), (bodyCode.Name, bodyCode.Type, bodyCode.Required, bodyCode.Description));
        Assert.Equal(new List<object?> { "7", "2" }, definition.Inputs[1].Default!.ToPlainValue());
        Assert.Equal("0", ((ScalarParameterValue)definition.Variables[0].InitialValue).Text);
        Assert.Equal(["trigger-1", "nightly", "trigger-3"], definition.Triggers.Select(t => t.Id));
        var cron = Assert.IsType<CronTriggerDefinition>(definition.Triggers[1]);
        Assert.True(cron.IncludesSeconds);
        Assert.Equal("member.joined", Assert.IsType<EventTriggerDefinition>(definition.Triggers[2]).EventName);
    }

    [Fact]
    public void Load_KeepsStepsLocationsAndNesting_WhenStepsHaveControlFlow()
    {
        var definition = DefinitionsFixture.Loader.Load("sample.yaml", Bytes).Definition!;

        var first = definition.Steps.Steps[0];
        Assert.Equal(new SourceLocation("sample.yaml", 14, 5), first.Location);
        Assert.Equal("pick", first.Next);
        Assert.Equal(new RetryPolicy(5, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(10), 3, new SourceLocation("sample.yaml", 17, 12)), first.Retry);
        var message = Assert.IsType<ScalarParameterValue>(first.Parameters["message"]);
        Assert.True(message.IsTemplate && message.IsQuoted);
        Assert.Equal(new SourceLocation("sample.yaml", 16, 22), message.Location);
        var pick = definition.FindStep("pick")!;
        Assert.Equal(["X", "Y"], pick.Cases.Select(c => c.Key));
        Assert.Equal(["cases.X", "cases.Y", "default"], pick.NestedSequences().Select(n => n.Key));
        var other = definition.StepPositions["other"];
        Assert.Equal((pick, "default", 0), (other.Owner, other.Slot, other.Index));
        Assert.Equal(["first", "pick", "inX", "inY", "other"], definition.AllSteps().Select(s => s.Id));
    }

    [Fact]
    public void Load_ChangesTheHash_WhenOneByteChanges()
    {
        var changed = Encoding.UTF8.GetBytes(Yaml.Replace("title: Sample", "title: Sample!", StringComparison.Ordinal));

        var a = DefinitionsFixture.Loader.Load("sample.yaml", Bytes).Definition!;
        var b = DefinitionsFixture.Loader.Load("sample.yaml", changed).Definition!;

        Assert.NotEqual(a.ContentHash, b.ContentHash);
    }

    [Fact]
    public void Load_ReportsTheDuplicateKey_WhenAMapRepeatsAKey()
    {
        var result = DefinitionsFixture.LoadText("id: a\nid: b\nversion: 1\ntitle: T\nsteps:\n  - { id: s, type: log, with: { message: hi } }\n");

        Assert.Null(result.Definition);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.StartsWith("test.yaml:2:1: the file is not valid YAML", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadFileAsync_ReadsTheFile_WhenPathExists()
    {
        var path = Path.Combine(DefinitionsFixture.CorpusFolder, "valid", "secretariat-renewal.yaml");

        var result = await DefinitionsFixture.Loader.LoadFileAsync(path, CancellationToken.None);

        Assert.True(result.IsValid);
        Assert.Equal(path, result.Definition!.SourcePath);
    }
}
