namespace Review4U.Documents.Questionnaires;

public sealed record RoutedQuestion(QuestionnaireSection Section, Question Question);
