using Review4U.Web.Features.Pages;

namespace Review4U.Web.Features.Secretariat.Text;

/// <summary>The expression-of-interest and decision pages' own words in every page language.</summary>
internal static class SecretariatTexts
{
    public static PageTextTable Table { get; } = new("secretariat", new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal)
    {
        ["en"] = SecretariatTextEn.Texts,
        ["fr"] = SecretariatTextFr.Texts,
        ["es"] = SecretariatTextEs.Texts,
        ["ar"] = SecretariatTextAr.Texts,
    });
}
