using Review4U.Web.Features.Pages;

namespace Review4U.Web.Features.FollowUp.Text;

/// <summary>The VPI status page's and the plan review page's own words in every page language.</summary>
internal static class FollowUpTexts
{
    public static PageTextTable Table { get; } = new("follow-up", new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal)
    {
        ["en"] = FollowUpTextEn.Texts,
        ["fr"] = FollowUpTextFr.Texts,
        ["es"] = FollowUpTextEs.Texts,
        ["ar"] = FollowUpTextAr.Texts,
    });
}
