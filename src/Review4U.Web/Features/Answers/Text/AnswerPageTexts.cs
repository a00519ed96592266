using Review4U.Web.Features.Pages;

namespace Review4U.Web.Features.Answers.Text;

/// <summary>The answer and review pages' own words (headings, buttons, status texts, error pages) in every page language.</summary>
internal static class AnswerPageTexts
{
    public static PageTextTable Table { get; } = new("answers", new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal)
    {
        ["en"] = PageTextEn.Texts,
        ["fr"] = PageTextFr.Texts,
        ["es"] = PageTextEs.Texts,
        ["ar"] = PageTextAr.Texts,
    });
}
