using System.Globalization;
using Fluid;
using Review4U.Email.Templates.Models;

namespace Review4U.Email.Templates;

/// <summary>
/// Fluid options shared by validation and rendering: snake_case members, model types registered (Fluid renders
/// unregistered members empty, silently), strict variables and filters so a slip fails loudly.
/// </summary>
internal static class TemplateOptionsFactory
{
    public static TemplateOptions Create(string language)
    {
        var options = new TemplateOptions
        {
            CultureInfo = CultureInfo.GetCultureInfo(language),
            StrictVariables = true,
            StrictFilters = true,
            TimeZone = TimeZoneInfo.Utc,
        };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        options.MemberAccessStrategy.Register<BodyIdentity>();
        options.MemberAccessStrategy.Register<LayoutModel>();
        foreach (var model in EmailTemplateCatalog.Models.Values)
        {
            options.MemberAccessStrategy.Register(model);
        }

        options.ValueConverters.Add(value => value is Uri uri ? uri.AbsoluteUri : null);
        return options;
    }
}
