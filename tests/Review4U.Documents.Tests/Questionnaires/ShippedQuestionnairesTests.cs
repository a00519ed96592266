using Review4U.Documents.Codes;
using Review4U.Documents.Questionnaires;
using Review4U.Documents.Tests.Support;

namespace Review4U.Documents.Tests.Questionnaires;

public class ShippedQuestionnairesTests
{
    public static TheoryData<string> Files() =>
        new(Directory.GetFiles(RepositoryPaths.Questionnaires, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Files))]
    public void Load_IsValid_ForEveryShippedQuestionnaire(string file)
    {
        var result = QuestionnaireLoader.Load(Path.Combine(RepositoryPaths.Questionnaires, file));

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Load_HasAllFourLanguagesAndGuidance_ForEveryShippedQuestion(string file)
    {
        var questionnaire = QuestionnaireLoader.Load(Path.Combine(RepositoryPaths.Questionnaires, file)).GetValueOrThrow();

        var questions = questionnaire.AllQuestions.ToList();
        Assert.InRange(questions.Count, 8, 15);
        Assert.All(Languages.All, language => Assert.True(questionnaire.Title.Has(language), $"title lacks {language}"));
        Assert.All(questions, question =>
        {
            Assert.All(Languages.All, language => Assert.True(question.Text.Has(language), $"{question.Id} text lacks {language}"));
            Assert.All(question.Options, option => Assert.All(Languages.All, language => Assert.True(option.Text.Has(language), $"{question.Id}/{option.Id} lacks {language}")));
        });
        Assert.True(questions.Count(q => q.Guidance is not null) >= questions.Count - 2, "most questions carry guidance");
        Assert.All(questions.Where(q => q.Guidance is not null), q => Assert.All(Languages.All, language => Assert.True(q.Guidance!.Has(language), $"{q.Id} guidance lacks {language}")));
    }

    [Fact]
    public void LoadDirectory_CoversEveryClusterAndInstrument()
    {
        var questionnaires = QuestionnaireLoader.LoadDirectory(RepositoryPaths.Questionnaires).Select(r => r.GetValueOrThrow()).ToList();

        var sections = questionnaires.SelectMany(q => q.Sections).ToList();
        Assert.Equal(ReviewClusters.All, sections.Select(s => s.Cluster).Distinct().Order(StringComparer.Ordinal));
        Assert.All(ReviewClusters.All, cluster =>
            Assert.Equal(Instruments.All.Order(StringComparer.Ordinal), sections.Where(s => s.Cluster == cluster).Select(s => s.Instrument).Distinct().Order(StringComparer.Ordinal)));
        Assert.Equal(
            Enum.GetValues<QuestionType>().Order(),
            questionnaires.SelectMany(q => q.AllQuestions).Select(q => q.Type).Distinct().Order());
    }
}
