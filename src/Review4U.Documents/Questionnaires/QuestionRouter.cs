namespace Review4U.Documents.Questionnaires;

/// <summary>
/// Picks the questions an organisation is asked: a tagged question goes to organisations working on at
/// least one of its thematic areas; an untagged question goes to everyone.
/// </summary>
public static class QuestionRouter
{
    public static IReadOnlyList<RoutedQuestion> Route(
        Questionnaire questionnaire,
        IReadOnlyCollection<string> thematicAreas,
        IReadOnlyCollection<string>? sectionIds = null)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(thematicAreas);
        if (sectionIds is not null)
        {
            var unknown = sectionIds.Where(id => questionnaire.Sections.All(section => section.Id != id)).ToList();
            if (unknown.Count > 0)
            {
                throw new ArgumentException(
                    $"Questionnaire '{questionnaire.Id}' has no section(s) {string.Join(", ", unknown.Select(id => $"'{id}'"))}.",
                    nameof(sectionIds));
            }
        }

        return questionnaire.Sections
            .Where(section => sectionIds is null || sectionIds.Contains(section.Id))
            .SelectMany(section => section.Questions
                .Where(question => IsRoutedTo(question, thematicAreas))
                .Select(question => new RoutedQuestion(section, question)))
            .ToList();
    }

    public static bool IsRoutedTo(Question question, IReadOnlyCollection<string> thematicAreas)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(thematicAreas);
        return question.Tags.Count == 0 || question.Tags.Any(thematicAreas.Contains);
    }
}
