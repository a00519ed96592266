namespace Review4U.Documents.Codes;

/// <summary>The four thematic clusters of the UNTOC Review Mechanism.</summary>
public static class ReviewClusters
{
    public static IReadOnlyList<string> All { get; } = ["I", "II", "III", "IV"];

    public static bool IsKnown(string code) => All.Contains(code, StringComparer.Ordinal);
}
