namespace Review4U.Domain.Vocabulary;

/// <summary>The seven thematic areas of the NACSA4U and NET4U concept notes, as the kebab codes we store.</summary>
public static class ThematicAreas
{
    public const string UntocImplementation = "untoc-implementation";
    public const string GovernmentCoordination = "government-coordination";
    public const string TraffickingInPersons = "trafficking-in-persons";
    public const string SmugglingOfMigrants = "smuggling-of-migrants";
    public const string Firearms = "firearms";
    public const string DrugsCorruption = "drugs-corruption";
    public const string EmergingCrimes = "emerging-crimes";

    /// <summary>In the concept notes' order, which is also the order views list them in.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        UntocImplementation, GovernmentCoordination, TraffickingInPersons, SmugglingOfMigrants,
        Firearms, DrugsCorruption, EmergingCrimes,
    ];

    public static bool IsKnown(string code) => All.Contains(code, StringComparer.Ordinal);
}
