namespace Review4U.Documents.Questionnaires;

public sealed class QuestionnaireValidationException : Exception
{
    public QuestionnaireValidationException()
        : this([])
    {
    }

    public QuestionnaireValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    public QuestionnaireValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public QuestionnaireValidationException(IReadOnlyList<QuestionnaireError> errors)
        : base("Invalid questionnaire:" + Environment.NewLine + string.Join(Environment.NewLine, errors ?? []))
    {
        Errors = errors ?? [];
    }

    public IReadOnlyList<QuestionnaireError> Errors { get; }
}
