namespace Review4U.Documents.Codes;

/// <summary>The ISO 639-1 languages documents are written in now (ru and zh come later).</summary>
public static class Languages
{
    public const string English = "en";
    public const string French = "fr";
    public const string Spanish = "es";
    public const string Arabic = "ar";

    public static IReadOnlyList<string> All { get; } = [English, French, Spanish, Arabic];

    public static bool IsKnown(string code) => All.Contains(code, StringComparer.Ordinal);

    public static bool IsRightToLeft(string code) => string.Equals(code, Arabic, StringComparison.Ordinal);
}
