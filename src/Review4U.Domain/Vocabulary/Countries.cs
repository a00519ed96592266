using System.Globalization;

namespace Review4U.Domain.Vocabulary;

/// <summary>ISO 3166-1 alpha-2 country codes, checked against the ICU region data the runtime ships with.</summary>
public static class Countries
{
    public static bool IsKnown(string code)
    {
        if (code is null || code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
        {
            return false;
        }

        try
        {
            var region = new RegionInfo(code);
            return string.Equals(region.TwoLetterISORegionName, code, StringComparison.Ordinal);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The English name, for listings; the code itself when the runtime does not know it.</summary>
    public static string NameOf(string code) => IsKnown(code) ? new RegionInfo(code).EnglishName : code;
}
