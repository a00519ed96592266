using Review4U.Documents.Codes;

namespace Review4U.Documents.Questionnaires;

/// <summary>A text in several languages; English is always present and is the fallback.</summary>
public sealed class LocalizedText
{
    private readonly Dictionary<string, string> _byLanguage;

    public LocalizedText(IReadOnlyDictionary<string, string> byLanguage)
    {
        ArgumentNullException.ThrowIfNull(byLanguage);
        if (!byLanguage.TryGetValue(Languages.English, out var english) || string.IsNullOrWhiteSpace(english))
        {
            throw new ArgumentException("A localized text needs its English ('en') version.", nameof(byLanguage));
        }

        _byLanguage = new Dictionary<string, string>(byLanguage, StringComparer.Ordinal);
    }

    public string English => _byLanguage[Languages.English];

    public IReadOnlyCollection<string> LanguagesPresent => _byLanguage.Keys;

    public bool Has(string language) => _byLanguage.ContainsKey(language);

    /// <summary>The text in <paramref name="language"/>, or the English text when it is missing.</summary>
    public string Get(string language) =>
        _byLanguage.TryGetValue(language, out var text) ? text : English;

    public static LocalizedText EnglishOnly(string text) =>
        new(new Dictionary<string, string>(StringComparer.Ordinal) { [Languages.English] = text });

    public override string ToString() => English;
}
