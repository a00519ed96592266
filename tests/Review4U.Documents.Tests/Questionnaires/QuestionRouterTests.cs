using Review4U.Documents.Questionnaires;
using Review4U.Documents.Tests.Support;

namespace Review4U.Documents.Tests.Questionnaires;

public class QuestionRouterTests
{
    private readonly Questionnaire _questionnaire = SampleQuestionnaire.Load();

    [Fact]
    public void Route_GivesUntaggedQuestionsOnly_WhenAreasDoNotMatch()
    {
        var routed = QuestionRouter.Route(_questionnaire, ["firearms"]);

        Assert.Equal(["q1", "q4"], routed.Select(r => r.Question.Id));
    }

    [Fact]
    public void Route_AddsTaggedQuestions_WhenAnAreaMatches()
    {
        var routed = QuestionRouter.Route(_questionnaire, ["trafficking-in-persons", "drugs-corruption"]);

        Assert.Equal(["q1", "q2", "q3", "q4"], routed.Select(r => r.Question.Id));
        Assert.Equal(["criminalization", "criminalization", "protection", "protection"], routed.Select(r => r.Section.Id));
    }

    [Fact]
    public void Route_KeepsChosenSections_WhenSectionIdsGiven()
    {
        var routed = QuestionRouter.Route(_questionnaire, ["drugs-corruption"], ["protection"]);

        Assert.Equal(["q4"], routed.Select(r => r.Question.Id));
    }

    [Fact]
    public void Route_Throws_WhenSectionUnknown()
    {
        var error = Assert.Throws<ArgumentException>(() => QuestionRouter.Route(_questionnaire, [], ["nope"]));

        Assert.StartsWith("Questionnaire 'test-round' has no section(s) 'nope'.", error.Message, StringComparison.Ordinal);
    }
}
