namespace Review4U.Documents.Questionnaires;

/// <summary>One question; untagged questions go to every organisation.</summary>
public sealed record Question(
    string Id,
    QuestionType Type,
    LocalizedText Text,
    LocalizedText? Guidance,
    IReadOnlyList<QuestionOption> Options,
    IReadOnlyList<string> Tags);
