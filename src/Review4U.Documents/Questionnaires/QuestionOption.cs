namespace Review4U.Documents.Questionnaires;

public sealed record QuestionOption(string Id, LocalizedText Text);
