namespace Review4U.Domain.Vocabulary;

/// <summary>ISO 639-1 codes of the six UN languages a contact may prefer.</summary>
public static class Languages
{
    public static IReadOnlyList<string> All { get; } = ["en", "fr", "es", "ar", "ru", "zh"];

    public static bool IsKnown(string code) => All.Contains(code, StringComparer.Ordinal);

    public static bool IsRightToLeft(string code) => code == "ar";
}
