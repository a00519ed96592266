namespace Review4U.Documents.Questionnaires;

/// <summary>The kebab codes of question types as written in questionnaire files.</summary>
public static class QuestionTypes
{
    private static readonly Dictionary<string, QuestionType> ByCode = new(StringComparer.Ordinal)
    {
        ["long-text"] = QuestionType.LongText,
        ["yes-no-partially"] = QuestionType.YesNoPartially,
        ["single-choice"] = QuestionType.SingleChoice,
        ["multiple-choice"] = QuestionType.MultipleChoice,
        ["file-upload"] = QuestionType.FileUpload,
    };

    public static IReadOnlyCollection<string> Codes => ByCode.Keys;

    public static bool TryParse(string code, out QuestionType type) => ByCode.TryGetValue(code, out type);

    public static string ToCode(QuestionType type) => ByCode.First(pair => pair.Value == type).Key;

    public static bool HasOptions(QuestionType type) =>
        type is QuestionType.SingleChoice or QuestionType.MultipleChoice;
}
