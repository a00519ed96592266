using System.Globalization;

namespace Review4U.Data.Members;

/// <summary>One thing wrong with an import file, printed as <c>file:line: column: what is wrong</c>.</summary>
public sealed record ImportProblem(string File, int Line, string Column, string Message)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {Column}: {Message}");
}
