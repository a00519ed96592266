using System.Text.Encodings.Web;
using Fluid;
using Review4U.Email.Templates.Models;

namespace Review4U.Email.Templates;

/// <summary>The validated template folder; renders a model in the recipient's language inside the shared layout.</summary>
public sealed class EmailTemplates
{
    private readonly ParsedTemplates _templates;
    private readonly Dictionary<string, TemplateOptions> _options;

    private EmailTemplates(ParsedTemplates templates)
    {
        _templates = templates;
        _options = EmailTemplateCatalog.Languages.ToDictionary(l => l, TemplateOptionsFactory.Create, StringComparer.Ordinal);
    }

    /// <summary>Every problem of the folder as <c>file:line:column: message</c>; empty when it is valid and complete.</summary>
    public static IReadOnlyList<TemplateError> Validate(string folder) => TemplateFolderLoader.Load(folder).Errors;

    /// <summary>Loads and validates the folder; throws <see cref="TemplateValidationException"/> listing every error.</summary>
    public static EmailTemplates Load(string folder)
    {
        var (templates, errors) = TemplateFolderLoader.Load(folder);
        return errors.Count > 0 ? throw new TemplateValidationException(errors) : new EmailTemplates(templates);
    }

    /// <summary>Renders in the contact's preferred language, else the body's default, else English.</summary>
    public RenderedEmail Render(EmailModel model, string? preferredLanguage, string? bodyDefaultLanguage) =>
        Render(model, LanguageChooser.Choose(preferredLanguage, bodyDefaultLanguage));

    public RenderedEmail Render(EmailModel model, string language)
    {
        ArgumentNullException.ThrowIfNull(model);
        var name = EmailTemplateCatalog.NameOf(model.GetType());
        var options = _options.TryGetValue(language, out var o)
            ? o : throw new ArgumentException($"Language '{language}' has no templates.", nameof(language));

        var subject = Collapse(_templates.Get(name, language, TemplateKind.Subject).Render(new TemplateContext(model, options), NullEncoder.Default));
        var text = _templates.Get(name, language, TemplateKind.Text).Render(new TemplateContext(model, options), NullEncoder.Default).Trim();
        var content = _templates.Find(name, language, TemplateKind.Html) is { } html
            ? html.Render(new TemplateContext(model, options), HtmlEncoder.Default)
            : TextToHtml.Convert(text);

        var layout = new LayoutModel
        {
            Body = model.Body,
            Lang = language,
            Dir = EmailTemplateCatalog.RightToLeft.Contains(language) ? "rtl" : "ltr",
            Subject = subject,
            Content = content,
            Footer = "",
        };
        var footer = _templates.Get(EmailTemplateCatalog.LayoutFolder, language, TemplateKind.Footer)
            .Render(new TemplateContext(layout, options), NullEncoder.Default).Trim();
        layout = layout with { Footer = footer };
        var page = _templates.Layout.Render(new TemplateContext(layout, options), HtmlEncoder.Default);

        // "-- " starts a signature by convention, so mail clients (and our own reply trimmer) drop the footer from replies.
        return new RenderedEmail(name, language, subject, text + "\n\n-- \n" + footer + "\n", page);
    }

    private static string Collapse(string subject) =>
        string.Join(' ', subject.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
}
