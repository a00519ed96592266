using Review4U.Workflows.Tests.Definitions.Support;

namespace Review4U.Workflows.Tests.Definitions.Loading;

/// <summary>
/// Every file in Corpus/invalid must produce exactly the messages in its .expected.txt (one per line), and load nothing;
/// every file in Corpus/valid must load. Set REVIEW4U_UPDATE_CORPUS=1 to rewrite the expected files (then review the diff).
/// </summary>
public sealed class DefinitionCorpusTests
{
    public static TheoryData<string> InvalidFiles() => Files("invalid");

    public static TheoryData<string> ValidFiles() => Files("valid");

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public async Task Load_ReportsExactlyTheExpectedMessages_WhenDefinitionIsInvalid(string name)
    {
        var path = Path.Combine(DefinitionsFixture.CorpusFolder, "invalid", name);
        var expectedPath = Path.ChangeExtension(path, ".expected.txt");

        var result = DefinitionsFixture.Loader.Load(name, await File.ReadAllBytesAsync(path));

        var actual = string.Join('\n', result.Diagnostics.Select(d => d.ToString())) + "\n";
        if (Environment.GetEnvironmentVariable("REVIEW4U_UPDATE_CORPUS") == "1")
        {
            await File.WriteAllTextAsync(expectedPath, actual);
        }

        Assert.False(result.IsValid);
        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing");
        Assert.Equal((await File.ReadAllTextAsync(expectedPath)).ReplaceLineEndings("\n"), actual);
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public async Task Load_ReturnsTheDefinition_WhenDefinitionIsValid(string name)
    {
        var path = Path.Combine(DefinitionsFixture.CorpusFolder, "valid", name);

        var result = DefinitionsFixture.Loader.Load(name, await File.ReadAllBytesAsync(path));

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.NotNull(result.Definition);
    }

    private static TheoryData<string> Files(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(DefinitionsFixture.CorpusFolder, folder), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }
}
