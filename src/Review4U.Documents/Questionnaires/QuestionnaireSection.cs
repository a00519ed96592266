namespace Review4U.Documents.Questionnaires;

/// <summary>A section covers one review cluster and one instrument.</summary>
public sealed record QuestionnaireSection(
    string Id,
    string Cluster,
    string Instrument,
    LocalizedText Title,
    IReadOnlyList<Question> Questions);
