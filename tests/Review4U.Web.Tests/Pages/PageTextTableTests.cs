using System.Text.RegularExpressions;
using Review4U.Web.Features.Pages;

namespace Review4U.Web.Tests.Pages;

/// <summary>Every feature's page words exist in every page language, with the same placeholders; a gap fails at once.</summary>
public sealed partial class PageTextTableTests
{
    public static TheoryData<string> Features() => [.. PageTextTables.All.Select(t => t.Feature)];

    [Theory]
    [MemberData(nameof(Features))]
    public void Table_HasTheSameKeysInEveryLanguage_ForEachFeature(string feature)
    {
        var table = PageTextTables.All.Single(t => t.Feature == feature);
        foreach (var language in PageTextTable.Languages)
        {
            Assert.Equal(table.Keys.Order(StringComparer.Ordinal), table.In(language).Keys.Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Features))]
    public void Table_HasTheSamePlaceholdersInEveryLanguage_ForEachFeature(string feature)
    {
        var table = PageTextTables.All.Single(t => t.Feature == feature);
        foreach (var key in table.Keys)
        {
            var english = Placeholders(table.In("en")[key]);
            foreach (var language in PageTextTable.Languages)
            {
                Assert.True(english.SetEquals(Placeholders(table.In(language)[key])), $"{feature} '{key}' in '{language}' has other placeholders than in English.");
            }
        }
    }

    [Fact]
    public void Constructor_Throws_WhenALanguageLacksAText()
    {
        var english = new Dictionary<string, string> { ["a"] = "A", ["b"] = "B" };
        var partial = new Dictionary<string, string> { ["a"] = "A" };

        var error = Assert.Throws<InvalidOperationException>(() => new PageTextTable("test", new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["en"] = english, ["fr"] = english, ["es"] = partial, ["ar"] = english,
        }));

        Assert.Contains("'es'", error.Message, StringComparison.Ordinal);
        Assert.Contains("b", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Throws_WhenALanguageIsMissing()
    {
        var english = new Dictionary<string, string> { ["a"] = "A" };

        var error = Assert.Throws<InvalidOperationException>(() => new PageTextTable("test", new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["en"] = english, ["fr"] = english, ["es"] = english,
        }));

        Assert.Contains("ar", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", null, "fr", "ltr")]
    [InlineData("ar", "fr", "ar", "rtl")]
    [InlineData("", "es", "es", "ltr")]
    [InlineData("de", null, "en", "ltr")]
    public void For_ChoosesTheReadersLanguageElseTheBodysElseEnglish(string preferred, string? bodyDefault, string expected, string direction)
    {
        var text = PageTextTables.All[1].For(preferred, bodyDefault);

        Assert.Equal((expected, direction), (text.Language, text.Direction));
    }

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
