namespace Review4U.Email.Templates;

/// <summary>Thrown at start-up when the template folder has errors; lists every one.</summary>
public sealed class TemplateValidationException : Exception
{
    public TemplateValidationException(IReadOnlyList<TemplateError> errors)
        : base("Email templates are invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors ?? []))
        => Errors = errors ?? [];

    public TemplateValidationException() : this([])
    {
    }

    public TemplateValidationException(string message) : base(message) => Errors = [];

    public TemplateValidationException(string message, Exception innerException) : base(message, innerException) => Errors = [];

    public IReadOnlyList<TemplateError> Errors { get; }
}
