using System.Globalization;
using Microsoft.Net.Http.Headers;
using Review4U.Email.Templates;

namespace Review4U.Web.Features.Answers.Text;

/// <summary>
/// The answer and review pages' own words (headings, buttons, status texts, error pages) in every shipped language.
/// The language is chosen like the emails' (<see cref="LanguageChooser"/>): the contact's, else the body's default;
/// a page that does not know who is reading (an unknown link) follows the browser's Accept-Language, else English.
/// </summary>
internal sealed class PageText
{
    private static readonly Dictionary<string, IReadOnlyDictionary<string, string>> ByLanguage = new(StringComparer.Ordinal)
    {
        ["en"] = PageTextEn.Texts,
        ["fr"] = PageTextFr.Texts,
        ["es"] = PageTextEs.Texts,
        ["ar"] = PageTextAr.Texts,
    };

    private readonly IReadOnlyDictionary<string, string> texts;

    // A text missing in one language is a bug to see at once (the first page served fails), not an English word in an Arabic page.
    static PageText()
    {
        foreach (var (language, translated) in ByLanguage)
        {
            var missing = PageTextEn.Texts.Keys.Except(translated.Keys).Concat(translated.Keys.Except(PageTextEn.Texts.Keys)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException($"Page texts '{language}' differ from English in: {string.Join(", ", missing)}.");
            }
        }
    }

    private PageText(string language)
    {
        Language = language;
        texts = ByLanguage[language];
    }

    public string Language { get; }

    public bool RightToLeft => EmailTemplateCatalog.RightToLeft.Contains(Language);

    /// <summary>The texts' keys (every language has the same ones).</summary>
    public static IReadOnlySet<string> Keys { get; } = PageTextEn.Texts.Keys.ToHashSet(StringComparer.Ordinal);

    public string this[string key] => texts[key];

    /// <summary>A text with placeholders ({0}, {1}…) filled in.</summary>
    public string Format(string key, params object[] values) => string.Format(CultureInfo.InvariantCulture, this[key], values);

    public static PageText For(string? language)
    {
        var chosen = LanguageChooser.Choose(language, null);
        return new PageText(ByLanguage.ContainsKey(chosen) ? chosen : "en"); // a language emails have before the pages do
    }

    /// <summary>For pages that know no reader: the first shipped language the browser asks for, else English.</summary>
    public static PageText FromRequest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage.Select(v => v ?? "").ToList(), out var asked))
        {
            return For(null);
        }

        var supported = asked.OrderByDescending(v => v.Quality ?? 1)
            .Select(v => (v.Value.Value ?? "").Split('-')[0].Trim())
            .Select(code => ByLanguage.Keys.FirstOrDefault(known => known.Equals(code, StringComparison.OrdinalIgnoreCase)))
            .FirstOrDefault(known => known is not null);
        return For(supported);
    }
}
