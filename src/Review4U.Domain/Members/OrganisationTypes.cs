namespace Review4U.Domain.Members;

/// <summary>The codes organisation types are written as in files and on the command line.</summary>
public static class OrganisationTypes
{
    private static readonly Dictionary<string, OrganisationType> ByCode = new(StringComparer.Ordinal)
    {
        ["ngo"] = OrganisationType.Ngo,
        ["academia"] = OrganisationType.Academia,
        ["private-sector"] = OrganisationType.PrivateSector,
        ["other"] = OrganisationType.Other,
    };

    public static IReadOnlyList<string> Codes { get; } = ["ngo", "academia", "private-sector", "other"];

    public static bool TryParse(string code, out OrganisationType type) => ByCode.TryGetValue(code, out type);

    public static string ToCode(OrganisationType type) => ByCode.First(pair => pair.Value == type).Key;
}
