using System.Text.RegularExpressions;
using Fluid;
using Review4U.Email.Templates.Models;

namespace Review4U.Email.Templates;

/// <summary>
/// Reads and checks a template folder: every catalogued template in every language (subject and text; html
/// optional), the layout, Liquid syntax, and every variable and filter against the template's declared model.
/// </summary>
internal static partial class TemplateFolderLoader
{
    private static readonly FluidParser Parser = new();

    public static (ParsedTemplates Templates, IReadOnlyList<TemplateError> Errors) Load(string folder)
    {
        var errors = new List<TemplateError>();
        var parsed = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            errors.Add(new TemplateError(folder, 0, 0, "template folder not found"));
            return (new ParsedTemplates(parsed), errors);
        }

        var options = TemplateOptionsFactory.Create("en");
        foreach (var (name, model) in EmailTemplateCatalog.Models)
        {
            LoadTemplate(folder, name, model, [TemplateKind.Subject, TemplateKind.Text], [TemplateKind.Html], options, parsed, errors);
        }

        LoadTemplate(folder, EmailTemplateCatalog.LayoutFolder, typeof(LayoutModel), [TemplateKind.Footer], [], options, parsed, errors);
        var layout = Path.Combine(folder, EmailTemplateCatalog.LayoutFolder, "html.liquid");
        ParseFile(layout, typeof(LayoutModel), options, errors, required: true, out var layoutTemplate);
        if (layoutTemplate is not null)
        {
            parsed[ParsedTemplates.LayoutKey] = layoutTemplate;
        }

        foreach (var directory in Directory.EnumerateDirectories(folder))
        {
            var name = Path.GetFileName(directory);
            if (name != EmailTemplateCatalog.LayoutFolder && !EmailTemplateCatalog.Models.ContainsKey(name))
            {
                errors.Add(new TemplateError(directory, 0, 0,
                    $"unknown template '{name}'; known: {string.Join(", ", EmailTemplateCatalog.Models.Keys)}"));
            }
        }

        return (new ParsedTemplates(parsed), errors);
    }

    private static void LoadTemplate(string folder, string name, Type model, string[] required, string[] optional,
        TemplateOptions options, Dictionary<string, IFluidTemplate> parsed, List<TemplateError> errors)
    {
        foreach (var language in EmailTemplateCatalog.Languages)
        {
            foreach (var kind in required.Concat(optional))
            {
                var file = Path.Combine(folder, name, $"{language}.{kind}.liquid");
                ParseFile(file, model, options, errors, required.Contains(kind), out var template);
                if (template is not null)
                {
                    parsed[ParsedTemplates.Key(name, language, kind)] = template;
                }
            }
        }
    }

    private static void ParseFile(string file, Type model, TemplateOptions options, List<TemplateError> errors,
        bool required, out IFluidTemplate? template)
    {
        template = null;
        if (!File.Exists(file))
        {
            if (required)
            {
                errors.Add(new TemplateError(file, 0, 0, "missing: every template needs this file in every language"));
            }

            return;
        }

        var source = File.ReadAllText(file);
        if (!Parser.TryParse(source, out var parsed, out var error))
        {
            var position = Position().Match(error);
            var message = error.Split('\n')[0].Trim();
            errors.Add(position.Success
                ? new TemplateError(file, int.Parse(position.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                    int.Parse(position.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), "syntax error: " + message)
                : new TemplateError(file, 1, 1, "syntax error: " + message));
            return;
        }

        var shape = ModelShape.Of(model);
        var used = VariableCollector.Collect(parsed);
        foreach (var path in used.Paths.Where(p => !used.Locals.Contains(p[0])))
        {
            var unknown = shape.FirstUnknown(path);
            if (unknown is not null)
            {
                var (line, column) = Locate(source, string.Join('.', path));
                errors.Add(new TemplateError(file, line, column,
                    $"unknown variable '{unknown}' (the {model.Name} declares: {string.Join(", ", shape.Names)})"));
            }
        }

        foreach (var filter in used.Filters.Where(f => !options.Filters.TryGetValue(f, out _)))
        {
            var (line, column) = Locate(source, filter);
            errors.Add(new TemplateError(file, line, column, $"unknown filter '{filter}'"));
        }

        template = parsed;
    }

    private static (int Line, int Column) Locate(string source, string text)
    {
        var index = source.IndexOf(text, StringComparison.Ordinal);
        if (index < 0)
        {
            return (1, 1);
        }

        var line = 1 + source.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : source.LastIndexOf('\n', index - 1) + 1;
        return (line, index - lineStart + 1);
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex Position();
}
