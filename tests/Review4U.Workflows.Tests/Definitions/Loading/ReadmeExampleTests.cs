using System.Runtime.CompilerServices;
using Review4U.Workflows.Tests.Definitions.Support;

namespace Review4U.Workflows.Tests.Definitions.Loading;

/// <summary>The complete example at the top of workflows/README.md must stay a valid definition.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public async Task Load_AcceptsTheReadmesTopLevelExample()
    {
        var readme = await File.ReadAllTextAsync(Path.GetFullPath(Path.Combine(SourceFolder(), "..", "..", "..", "..", "workflows", "README.md")));
        var start = readme.IndexOf("```yaml\n# yaml-language-server: $schema=./schema.json\nid:", StringComparison.Ordinal) + "```yaml\n".Length;
        var example = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];

        var result = DefinitionsFixture.LoadText(example, "README.md");

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(["trigger-1", "quarterly", "perBody", "trigger-4"], result.Definition!.Triggers.Select(t => t.Id));
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
