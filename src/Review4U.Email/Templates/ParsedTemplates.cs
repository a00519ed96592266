using Fluid;

namespace Review4U.Email.Templates;

/// <summary>Every template file of a folder, parsed, keyed <c>name/lang.kind</c>.</summary>
internal sealed class ParsedTemplates(IReadOnlyDictionary<string, IFluidTemplate> templates)
{
    public static string Key(string name, string language, string kind) => $"{name}/{language}.{kind}";

    public IFluidTemplate Get(string name, string language, string kind) =>
        templates.TryGetValue(Key(name, language, kind), out var t)
            ? t : throw new InvalidOperationException($"Template {Key(name, language, kind)}.liquid is missing.");

    public const string LayoutKey = "_layout/html";

    public IFluidTemplate Layout => templates[LayoutKey];

    public IFluidTemplate? Find(string name, string language, string kind) =>
        templates.TryGetValue(Key(name, language, kind), out var t) ? t : null;
}
