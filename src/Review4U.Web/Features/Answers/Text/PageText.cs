using System.Globalization;
using Review4U.Email.Templates;
using Review4U.Web.Features.Pages;

namespace Review4U.Web.Features.Answers.Text;

/// <summary>
/// A page's words in the reader's language, taken from one feature's <see cref="PageTextTable"/>. The static members
/// serve the answer and review pages (their table is <see cref="AnswerPageTexts"/>); other features call their own table's
/// <see cref="PageTextTable.For(string?, string?)"/> or <see cref="PageTextTable.FromRequest"/>.
/// </summary>
internal sealed class PageText
{
    private readonly IReadOnlyDictionary<string, string> texts;

    public PageText(string language, IReadOnlyDictionary<string, string> texts, IReadOnlySet<string> keys)
    {
        Language = language;
        this.texts = texts;
        TableKeys = keys;
    }

    public string Language { get; }

    public bool RightToLeft => EmailTemplateCatalog.RightToLeft.Contains(Language);

    /// <summary>The <c>dir</c> attribute of the page's <c>html</c> element.</summary>
    public string Direction => RightToLeft ? "rtl" : "ltr";

    /// <summary>The answer pages' keys (every language has the same ones).</summary>
    public static IReadOnlySet<string> Keys => AnswerPageTexts.Table.Keys;

    /// <summary>The keys of the table these texts come from.</summary>
    public IReadOnlySet<string> TableKeys { get; }

    public string this[string key] => texts[key];

    /// <summary>A text with placeholders ({0}, {1}…) filled in.</summary>
    public string Format(string key, params object[] values) => string.Format(CultureInfo.InvariantCulture, this[key], values);

    /// <summary>The answer pages' texts in the reader's language, else English.</summary>
    public static PageText For(string? language) => AnswerPageTexts.Table.For(language);

    /// <summary>For answer pages that know no reader: the first shipped language the browser asks for, else English.</summary>
    public static PageText FromRequest(HttpRequest request) => AnswerPageTexts.Table.FromRequest(request);
}
