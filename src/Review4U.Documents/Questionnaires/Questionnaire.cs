namespace Review4U.Documents.Questionnaires;

public sealed record Questionnaire(
    string Id,
    int Version,
    LocalizedText Title,
    IReadOnlyList<QuestionnaireSection> Sections)
{
    public IEnumerable<Question> AllQuestions => Sections.SelectMany(section => section.Questions);
}
