using System.Globalization;
using System.Text.RegularExpressions;

namespace Review4U.Data.Members;

/// <summary>The columns of a members CSV file (documented in docs/members-import.md).</summary>
public static partial class MemberColumns
{
    public const string Key = "key";
    public const string Name = "name";
    public const string Type = "type";
    public const string Country = "country";
    public const string ThematicAreas = "thematic_areas";
    public const string Services = "services";

    public static IReadOnlyList<string> Organisation { get; } = [Key, Name, Type, Country, ThematicAreas, Services];

    public static IReadOnlyList<string> Required { get; } = [Name, Type, Country, ThematicAreas, ContactName(1), ContactEmail(1)];

    public static IReadOnlyList<string> ContactFields { get; } = ["name", "email", "language", "gender"];

    public static string ContactName(int n) => Contact(n, "name");

    public static string ContactEmail(int n) => Contact(n, "email");

    public static string Contact(int n, string field) => string.Create(CultureInfo.InvariantCulture, $"contact{n}_{field}");

    /// <summary>The contact group number of a column like <c>contact2_email</c>, or null.</summary>
    public static int? ContactGroupOf(string column)
    {
        var match = ContactPattern().Match(column);
        return match.Success && ContactFields.Contains(match.Groups[2].Value)
            ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : null;
    }

    [GeneratedRegex("^contact([1-9][0-9]?)_([a-z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ContactPattern();
}
