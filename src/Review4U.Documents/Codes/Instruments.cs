namespace Review4U.Documents.Codes;

/// <summary>The Convention and its three Protocols, as reviewed instruments.</summary>
public static class Instruments
{
    public const string Convention = "convention";
    public const string TipProtocol = "tip-protocol";
    public const string SomProtocol = "som-protocol";
    public const string FirearmsProtocol = "firearms-protocol";

    public static IReadOnlyList<string> All { get; } = [Convention, TipProtocol, SomProtocol, FirearmsProtocol];

    public static bool IsKnown(string code) => All.Contains(code, StringComparer.Ordinal);
}
