using Microsoft.Net.Http.Headers;
using Review4U.Email.Templates;
using Review4U.Web.Features.Answers.Text;

namespace Review4U.Web.Features.Pages;

/// <summary>
/// One feature's page words in every shipped page language. Built once per feature (a static field): a text missing
/// in one language, or a language missing altogether, fails the first page of that feature at once instead of showing
/// an English word in an Arabic page. The reader's language is chosen like the emails' (<see cref="LanguageChooser"/>).
/// </summary>
internal sealed class PageTextTable
{
    /// <summary>The languages every page speaks (the email templates' languages; <c>ru</c>/<c>zh</c> come later).</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "fr", "es", "ar"];

    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> byLanguage;

    public PageTextTable(string feature, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> texts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(feature);
        ArgumentNullException.ThrowIfNull(texts);
        Feature = feature;
        var missingLanguages = Languages.Where(l => !texts.ContainsKey(l)).ToList();
        if (missingLanguages.Count > 0)
        {
            throw new InvalidOperationException($"Page texts of '{feature}' have no table for: {string.Join(", ", missingLanguages)}.");
        }

        var english = texts["en"];
        foreach (var (language, translated) in texts)
        {
            var differing = english.Keys.Except(translated.Keys).Concat(translated.Keys.Except(english.Keys)).ToList();
            if (differing.Count > 0)
            {
                throw new InvalidOperationException($"Page texts of '{feature}' in '{language}' differ from English in: {string.Join(", ", differing)}.");
            }

            var empty = translated.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key).ToList();
            if (empty.Count > 0)
            {
                throw new InvalidOperationException($"Page texts of '{feature}' in '{language}' are empty for: {string.Join(", ", empty)}.");
            }
        }

        byLanguage = new Dictionary<string, IReadOnlyDictionary<string, string>>(texts, StringComparer.Ordinal);
        Keys = english.Keys.ToHashSet(StringComparer.Ordinal);
    }

    public string Feature { get; }

    /// <summary>The texts' keys (every language has the same ones).</summary>
    public IReadOnlySet<string> Keys { get; }

    /// <summary>The table of one language, for checks; pages use <see cref="For(string?, string?)"/>.</summary>
    public IReadOnlyDictionary<string, string> In(string language) => byLanguage[language];

    /// <summary>The reader's texts: their own language when the pages speak it, else the body's default, else English.</summary>
    public PageText For(string? preferred, string? bodyDefault = null)
    {
        var chosen = LanguageChooser.Choose(preferred, bodyDefault);
        if (!byLanguage.ContainsKey(chosen))
        {
            // A language the emails ship before the pages do: the body's default when the pages speak it, else English.
            chosen = LanguageChooser.Choose(bodyDefault, null) is var fallback && byLanguage.ContainsKey(fallback) ? fallback : "en";
        }

        return new PageText(chosen, byLanguage[chosen], Keys);
    }

    /// <summary>For pages that know no reader (an unknown link): the first page language the browser asks for, else English.</summary>
    public PageText FromRequest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage.Select(v => v ?? "").ToList(), out var asked))
        {
            return For(null);
        }

        var supported = asked.OrderByDescending(v => v.Quality ?? 1)
            .Select(v => (v.Value.Value ?? "").Split('-')[0].Trim())
            .Select(code => byLanguage.Keys.FirstOrDefault(known => known.Equals(code, StringComparison.OrdinalIgnoreCase)))
            .FirstOrDefault(known => known is not null);
        return For(supported);
    }
}
