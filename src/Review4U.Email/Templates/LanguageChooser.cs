namespace Review4U.Email.Templates;

/// <summary>The contact's preferred language when shipped, else the body's default, else English.</summary>
public static class LanguageChooser
{
    public static string Choose(string? preferred, string? bodyDefault)
    {
        foreach (var candidate in new[] { preferred, bodyDefault })
        {
            var code = Normalise(candidate);
            if (code is not null && EmailTemplateCatalog.Languages.Contains(code))
            {
                return code;
            }
        }

        return "en";
    }

    private static string? Normalise(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        var trimmed = language.Trim();
        var dash = trimmed.IndexOfAny(['-', '_']);
#pragma warning disable CA1308 // ISO 639-1 codes are lower case by definition
        return (dash > 0 ? trimmed[..dash] : trimmed).ToLowerInvariant();
#pragma warning restore CA1308
    }
}
