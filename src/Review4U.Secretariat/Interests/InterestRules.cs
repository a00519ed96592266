namespace Review4U.Secretariat.Interests;

/// <summary>What an expression of interest must satisfy.</summary>
public static class InterestRules
{
    public const int MaxMotivationLength = 4000;

    /// <summary>The problem with a motivation, or null when it is acceptable.</summary>
    public static string? CheckMotivation(string? motivation) =>
        string.IsNullOrWhiteSpace(motivation) ? "motivation: tell the Steering Committee why your organisation would serve as Secretariat."
        : motivation.Trim().Length > MaxMotivationLength ? $"motivation: at most {MaxMotivationLength} characters, got {motivation.Trim().Length}."
        : null;
}
