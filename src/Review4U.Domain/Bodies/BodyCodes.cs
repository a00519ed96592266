using System.Text.RegularExpressions;

namespace Review4U.Domain.Bodies;

/// <summary>A body's short upper-case code, e.g. <c>NACSA-KE</c> or <c>NET4U-AF</c>.</summary>
public static partial class BodyCodes
{
    public static bool IsValid(string code) => code is not null && Pattern().IsMatch(code);

    [GeneratedRegex("^[A-Z0-9]{2,12}(-[A-Z0-9]{1,12}){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
