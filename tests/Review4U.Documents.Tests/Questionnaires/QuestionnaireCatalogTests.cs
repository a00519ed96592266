using Review4U.Documents.Questionnaires;
using Review4U.Documents.Tests.Support;

namespace Review4U.Documents.Tests.Questionnaires;

public sealed class QuestionnaireCatalogTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("review4u-questionnaires-").FullName;

    [Fact]
    public void Get_ReturnsShippedQuestionnaire_ById()
    {
        var catalog = new QuestionnaireCatalog(RepositoryPaths.Questionnaires);

        var questionnaire = catalog.Get("cluster-iii-law-enforcement-judicial");

        Assert.Equal("III", questionnaire.Sections[0].Cluster);
        Assert.Equal(4, catalog.All.Count);
    }

    [Fact]
    public void Get_Throws_WhenIdUnknown()
    {
        File.WriteAllText(Path.Combine(_folder, "a.yaml"), SampleQuestionnaire.Yaml);
        var catalog = new QuestionnaireCatalog(_folder);

        var error = Assert.Throws<KeyNotFoundException>(() => catalog.Get("nope"));

        Assert.Equal($"No questionnaire 'nope' in {_folder} (known: test-round).", error.Message);
    }

    [Fact]
    public void Get_ThrowsWithEveryError_WhenAFileIsInvalidOrAnIdRepeats()
    {
        File.WriteAllText(Path.Combine(_folder, "a.yaml"), SampleQuestionnaire.Yaml);
        File.WriteAllText(Path.Combine(_folder, "b.yaml"), SampleQuestionnaire.Yaml);
        File.WriteAllText(Path.Combine(_folder, "c.yml"), "id: c\nversion: x\n");
        var catalog = new QuestionnaireCatalog(_folder);

        var error = Assert.Throws<QuestionnaireValidationException>(() => catalog.Get("test-round"));

        Assert.Equal(
            [
                "c.yml:2:10: 'version' must be a positive integer, not 'x'",
                "c.yml:1:1: missing required field 'title'",
                "c.yml:1:1: missing required field 'sections'",
                "b.yaml:1:1: questionnaire id 'test-round' is already used by a.yaml",
            ],
            error.Errors.Select(e => e.ToString()));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
