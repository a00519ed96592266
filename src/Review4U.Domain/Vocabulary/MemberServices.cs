namespace Review4U.Domain.Vocabulary;

/// <summary>The services member organisations provide, as the kebab codes we store.</summary>
public static class MemberServices
{
    public const string CrimePrevention = "crime-prevention";
    public const string AtRiskYouth = "at-risk-youth";
    public const string VictimsAssistance = "victims-assistance";
    public const string HumanRights = "human-rights";
    public const string Advocacy = "advocacy";

    public static IReadOnlyList<string> All { get; } =
        [CrimePrevention, AtRiskYouth, VictimsAssistance, HumanRights, Advocacy];

    public static bool IsKnown(string code) => All.Contains(code, StringComparer.Ordinal);
}
