using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Review4U.Domain.Members;

/// <summary>
/// The stable key an organisation is matched on when a file is imported again: the file's own <c>key</c>
/// when given, otherwise the country code and the name folded to lower-case ASCII words
/// (<c>ke-kenya-youth-action-network</c>), so a renamed accent or extra space does not create a twin.
/// </summary>
public static class OrganisationKey
{
    public const int MaxLength = 100;

    public static string Derive(string name, string countryCode)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(countryCode);
        var nameSlug = Slug(name);
        if (nameSlug.Length == 0)
        {
            // A name in a non-Latin script has no ASCII words: a short hash of it keeps the key stable.
            var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(name.Trim().Normalize(NormalizationForm.FormC)));
            nameSlug = "h" + Convert.ToHexStringLower(bytes)[..12];
        }

        return Slug(countryCode) + "-" + nameSlug;
    }

    public static bool IsValid(string key) =>
        key.Length is > 0 and <= MaxLength && Slug(key) == key;

    private static string Slug(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        return builder.Length > MaxLength ? builder.ToString(0, MaxLength).TrimEnd('-') : builder.ToString();
    }
}
