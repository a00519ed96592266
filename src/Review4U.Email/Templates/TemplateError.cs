namespace Review4U.Email.Templates;

/// <summary>A problem in a template file, printed <c>file:line:column: message</c>.</summary>
public sealed record TemplateError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
