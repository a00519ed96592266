using Review4U.Workflows.Catalog;
using Review4U.Workflows.Tests.Definitions.Support;

namespace Review4U.Workflows.Tests.Definitions.Catalog;

public sealed class WorkflowCatalogLoaderTests
{
    [Fact]
    public async Task LoadFolderAsync_LoadsEveryValidFile_WhenFolderIsTheValidCorpus()
    {
        var catalog = await new WorkflowCatalogLoader(DefinitionsFixture.Loader).LoadFolderAsync(Path.Combine(DefinitionsFixture.CorpusFolder, "valid"), CancellationToken.None);

        Assert.True(catalog.IsValid, string.Join('\n', catalog.Diagnostics));
        Assert.Equal(["contribution-round", "per-body", "secretariat-renewal"], catalog.Definitions.Select(d => d.Id));
        Assert.Equal(3, catalog.Find("contribution-round", 3)!.Version);
        Assert.Null(catalog.Find("contribution-round", 2));
        foreach (var file in catalog.Files) // read once: the text the engine stores with each definition
        {
            Assert.Equal(await File.ReadAllTextAsync(file.Path), file.SourceText);
        }
    }

    [Fact]
    public void Build_RejectsAFile_WhenItStartsAMissingWorkflowOrVersion()
    {
        var parent = DefinitionsFixture.LoadText("""
            id: parent
            version: 1
            title: Parent
            steps:
              - { id: a, type: workflow, with: { workflow: chlid } }
              - { id: b, type: workflow, with: { workflow: child, version: 2 } }
            """, "parent.yaml");
        var child = DefinitionsFixture.LoadText("id: child\nversion: 1\ntitle: Child\nsteps:\n  - { id: a, type: log, with: { message: hi } }\n", "child.yaml");

        var catalog = WorkflowCatalogLoader.Build([child, parent]);

        Assert.Equal(
            [
                "parent.yaml:5:48: step 'a' starts workflow 'chlid', which is not a valid workflow of this folder (hint: did you mean 'child'? workflows: child, parent)",
                "parent.yaml:6:64: step 'b' starts version 2 of 'child', but the folder holds version 1 (hint: leave 'version' out to start the current version)",
            ],
            catalog.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(["child"], catalog.Definitions.Select(d => d.Id));
    }

    [Fact]
    public void Build_RejectsAFile_WhenASubWorkflowGetsUnknownOrMissingInputs()
    {
        var parent = DefinitionsFixture.LoadText("""
            id: parent
            version: 1
            title: Parent
            steps:
              - { id: a, type: workflow, with: { workflow: child, inputs: { bodycode: X } } }
            """, "parent.yaml");
        var child = DefinitionsFixture.LoadText("id: child\nversion: 1\ntitle: Child\ninputs:\n  bodyCode: { type: string, required: true }\nsteps:\n  - { id: a, type: log, with: { message: hi } }\n", "child.yaml");

        var catalog = WorkflowCatalogLoader.Build([child, parent]);

        Assert.Equal(
            [
                "parent.yaml:5:5: step 'a' does not give 'child' its required input 'bodyCode' (hint: add it under 'with: { inputs: { bodyCode: … } }')",
                "parent.yaml:5:65: step 'a' gives 'child' unknown input 'bodycode' (hint: did you mean 'bodyCode'? inputs of 'child': bodyCode)",
            ],
            catalog.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_RejectsAFile_WhenItsNameOrIdClashes()
    {
        var first = DefinitionsFixture.LoadText("id: round\nversion: 1\ntitle: A\nsteps:\n  - { id: a, type: log, with: { message: hi } }\n", "round.yaml");
        var second = DefinitionsFixture.LoadText("id: round\nversion: 2\ntitle: B\nsteps:\n  - { id: a, type: log, with: { message: hi } }\n", "round-copy.yaml");

        var catalog = WorkflowCatalogLoader.Build([first, second]);

        Assert.Equal(
            [
                "round-copy.yaml:1:5: workflow 'round' is in a file named 'round-copy.yaml' (hint: rename the file to 'round.yaml')",
                "round-copy.yaml:1:5: workflow id 'round' is also used by round.yaml (hint: each workflow has one file; keep one and raise its version)",
            ],
            catalog.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(1, catalog.Find("round")!.Version);
        var error = Assert.Throws<InvalidWorkflowDefinitionsException>(() => catalog.ThrowIfInvalid());
        Assert.StartsWith("2 error(s) in workflow definitions:\nround-copy.yaml:1:5:", error.Message, StringComparison.Ordinal);
    }
}
