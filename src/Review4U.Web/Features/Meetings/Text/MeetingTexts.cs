using Review4U.Web.Features.Pages;

namespace Review4U.Web.Features.Meetings.Text;

/// <summary>The agenda and Steering Committee vote pages' own words in every page language.</summary>
internal static class MeetingTexts
{
    public static PageTextTable Table { get; } = new("meetings", new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal)
    {
        ["en"] = MeetingTextEn.Texts,
        ["fr"] = MeetingTextFr.Texts,
        ["es"] = MeetingTextEs.Texts,
        ["ar"] = MeetingTextAr.Texts,
    });
}
