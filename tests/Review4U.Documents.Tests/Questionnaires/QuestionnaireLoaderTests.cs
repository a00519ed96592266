using Review4U.Documents.Questionnaires;
using Review4U.Documents.Tests.Support;

namespace Review4U.Documents.Tests.Questionnaires;

public class QuestionnaireLoaderTests
{
    private static string InvalidFolder => Path.Combine(AppContext.BaseDirectory, "Questionnaires", "Invalid");

    public static TheoryData<string> InvalidFiles() =>
        new(Directory.GetFiles(InvalidFolder, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    /// <summary>Each corpus file lists the exact errors it must produce in its leading <c># expect:</c> lines.</summary>
    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void Load_ReportsExactErrors_ForInvalidCorpus(string file)
    {
        var path = Path.Combine(InvalidFolder, file);
        var expected = File.ReadLines(path)
            .Where(line => line.StartsWith("# expect: ", StringComparison.Ordinal))
            .Select(line => line["# expect: ".Length..])
            .ToList();
        Assert.NotEmpty(expected);

        var result = QuestionnaireLoader.Load(path);

        Assert.False(result.IsValid);
        Assert.Null(result.Questionnaire);
        Assert.Equal(expected, result.Errors.Select(error => error.ToString()));
    }

    [Fact]
    public void Parse_BuildsModel_WhenValid()
    {
        var questionnaire = SampleQuestionnaire.Load();

        Assert.Equal("test-round", questionnaire.Id);
        Assert.Equal(2, questionnaire.Version);
        Assert.Equal("استبيان تجريبي", questionnaire.Title.Get("ar"));
        Assert.Equal("Test questionnaire", questionnaire.Title.Get("es"));
        Assert.Equal(["criminalization", "protection"], questionnaire.Sections.Select(s => s.Id));
        var q3 = questionnaire.AllQuestions.Single(q => q.Id == "q3");
        Assert.Equal(QuestionType.MultipleChoice, q3.Type);
        Assert.Equal(["shelter", "legal", "medical"], q3.Options.Select(o => o.Id));
        Assert.Equal(["trafficking-in-persons"], q3.Tags);
    }

    [Fact]
    public void GetValueOrThrow_ListsEveryError_WhenInvalid()
    {
        var result = QuestionnaireLoader.Parse("id: Bad_Id\nversion: 0\n", "bad.yaml");

        var error = Assert.Throws<QuestionnaireValidationException>(result.GetValueOrThrow);

        Assert.Equal(
            [
                "bad.yaml:1:5: questionnaire id 'Bad_Id' must be kebab-case (lower-case letters, digits and single hyphens)",
                "bad.yaml:2:10: 'version' must be a positive integer, not '0'",
                "bad.yaml:1:1: missing required field 'title'",
                "bad.yaml:1:1: missing required field 'sections'",
            ],
            error.Errors.Select(e => e.ToString()));
    }
}
