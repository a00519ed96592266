using System.Globalization;

namespace Review4U.Documents.Questionnaires;

/// <summary>One validation error, printed as <c>file:line:column: message</c>.</summary>
public sealed record QuestionnaireError(string File, long Line, long Column, string Message)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}: {Message}");
}
