using Review4U.Email.Templates;
using Review4U.Email.Tests.Infrastructure;

namespace Review4U.Email.Tests.Templates;

public sealed class EmailTemplatesTests
{
    [Fact]
    public void Validate_ReportsNoError_ForTheShippedTemplates()
    {
        var errors = EmailTemplates.Validate(RepositoryPaths.Templates);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Render_ProducesSubjectTextAndHtml_ForEveryTemplateInEveryLanguage()
    {
        var templates = EmailTemplates.Load(RepositoryPaths.Templates);

        foreach (var model in SampleModels.All())
        {
            foreach (var language in EmailTemplateCatalog.Languages)
            {
                var email = templates.Render(model, language);

                Assert.False(string.IsNullOrWhiteSpace(email.Subject), $"{email.Template}/{language} subject");
                Assert.DoesNotContain("{{", email.Text, StringComparison.Ordinal);
                Assert.Contains(SampleModels.Kenya.Name, email.Text, StringComparison.Ordinal);
                Assert.Contains(SampleModels.Kenya.Name, email.Html, StringComparison.Ordinal);
                Assert.Contains($"lang=\"{language}\"", email.Html, StringComparison.Ordinal);
                Assert.DoesNotContain("<img", email.Html, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Theory]
    [InlineData("en", "Dear Amina Njoroge", "15 December 2026", "ltr")]
    [InlineData("fr", "Bonjour Amina Njoroge", "15 décembre 2026", "ltr")]
    [InlineData("es", "Estimado/a Amina Njoroge", "15 diciembre 2026", "ltr")]
    [InlineData("ar", "السيد/السيدة Amina Njoroge", "ديسمبر", "rtl")]
    public void Render_WritesTheInvitationInTheLanguage_WhenTheContactPrefersIt(string language, string greeting, string date, string dir)
    {
        var templates = EmailTemplates.Load(RepositoryPaths.Templates);

        var email = templates.Render(SampleModels.Invitation(), language, "en");

        Assert.Equal(language, email.Language);
        Assert.StartsWith(greeting, email.Text, StringComparison.Ordinal);
        Assert.Contains(date, email.Subject, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{language}\" dir=\"{dir}\">", email.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://review4u.example/t/abc?x=1&amp;y=2\"", email.Html, StringComparison.Ordinal);
        Assert.Contains("https://review4u.example/t/abc?x=1&y=2", email.Text, StringComparison.Ordinal);
        Assert.Contains("NACSA4U", email.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "fr", "fr")]
    [InlineData("ru", "zh", "en")]
    [InlineData(null, "es-AR", "es")]
    [InlineData("AR", null, "ar")]
    public void Render_FallsBackToBodyDefaultThenEnglish_WhenThePreferredLanguageIsNotShipped(string? preferred, string? bodyDefault, string expected)
    {
        var templates = EmailTemplates.Load(RepositoryPaths.Templates);

        Assert.Equal(expected, templates.Render(SampleModels.Invitation(), preferred, bodyDefault).Language);
    }

    [Fact]
    public void Render_EncodesModelValuesInHtml_WhenTheyContainMarkup()
    {
        var templates = EmailTemplates.Load(RepositoryPaths.Templates);
        var model = SampleModels.Invitation() with { OrganisationName = "<script>x</script> & Co" };

        var email = templates.Render(model, "en");

        Assert.Contains("&lt;script&gt;x&lt;/script&gt; &amp; Co", email.Html, StringComparison.Ordinal);
        Assert.Contains("<script>x</script> & Co", email.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "يوم واحد")]
    [InlineData(2, "يومين")]
    [InlineData(7, "7 أيام")]
    [InlineData(14, "14 يوماً")]
    public void Render_UsesArabicNumberAgreement_WhenCountingTheDaysLeft(int daysLeft, string expected)
    {
        var templates = EmailTemplates.Load(RepositoryPaths.Templates);
        var model = SampleModels.All().OfType<Review4U.Email.Templates.Models.TaskReminderModel>().Single() with { DaysLeft = daysLeft };

        var email = templates.Render(model, "ar");

        Assert.EndsWith("بعد " + expected, email.Subject, StringComparison.Ordinal);
        Assert.Contains("أي بعد " + expected + ".", email.Text, StringComparison.Ordinal);
    }
}
