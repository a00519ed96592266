namespace Review4U.Documents.Questionnaires;

/// <summary>Either a valid questionnaire or the errors that kept it from loading (never both).</summary>
public sealed record QuestionnaireLoadResult(string File, Questionnaire? Questionnaire, IReadOnlyList<QuestionnaireError> Errors)
{
    public bool IsValid => Questionnaire is not null && Errors.Count == 0;

    public Questionnaire GetValueOrThrow() =>
        IsValid ? Questionnaire! : throw new QuestionnaireValidationException(Errors);
}
