namespace Review4U.Documents.Codes;

/// <summary>The thematic areas of the shared vocabulary, in their canonical order.</summary>
public static class ThematicAreas
{
    public const string UntocImplementation = "untoc-implementation";
    public const string GovernmentCoordination = "government-coordination";
    public const string TraffickingInPersons = "trafficking-in-persons";
    public const string SmugglingOfMigrants = "smuggling-of-migrants";
    public const string Firearms = "firearms";
    public const string DrugsCorruption = "drugs-corruption";
    public const string EmergingCrimes = "emerging-crimes";

    // Order matters: documents list coverage per area in this order.
    public static IReadOnlyList<string> All { get; } =
    [
        UntocImplementation, GovernmentCoordination, TraffickingInPersons, SmugglingOfMigrants,
        Firearms, DrugsCorruption, EmergingCrimes,
    ];

    public static bool IsKnown(string code) => All.Contains(code, StringComparer.Ordinal);
}
