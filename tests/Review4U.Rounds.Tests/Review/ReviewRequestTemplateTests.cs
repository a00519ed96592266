using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;
using Review4U.Rounds.Tests.Support;

namespace Review4U.Rounds.Tests.Review;

/// <summary>The shipped <c>review-request</c> template, rendered in every language (the email module's catalog test does not know its sample).</summary>
public sealed class ReviewRequestTemplateTests
{
    private static readonly EmailTemplates Templates = EmailTemplates.Load(RepositoryPaths.Of("workflows/templates"));

    private static ReviewRequestModel Model(bool reminder, DateTimeOffset? deadline) => new()
    {
        Body = new BodyIdentity("Kenya Civil Society Alliance", "NACSA-KE", "NACSA4U"),
        RecipientName = "Amina Njoroge",
        RoundTitle = "Cluster I review",
        ContributorCount = 23,
        Quorum = 2,
        ReviewUrl = new Uri("http://review4u.test/review/abc/token-1"),
        DraftUrl = new Uri("http://review4u.test/review/abc/token-1/draft"),
        DocumentName = "untoc-sample-draft.docx",
        ReviewDeadline = deadline,
        IsReminder = reminder,
    };

    [Fact]
    public void Validate_ReportsNoError_ForTheShippedTemplatesWithTheReviewRequest()
    {
        var errors = EmailTemplates.Validate(RepositoryPaths.Of("workflows/templates"));

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.Equal("review-request", EmailTemplateCatalog.NameOf(typeof(ReviewRequestModel)));
    }

    [Theory]
    [InlineData("en", "ltr", "Steering Committee")]
    [InlineData("fr", "ltr", "Comité de pilotage")]
    [InlineData("es", "ltr", "Comité Directivo")]
    [InlineData("ar", "rtl", "اللجنة التوجيهية")]
    public void Render_SaysWhatToDoAndLinksPageAndDraft_InEveryLanguage(string language, string direction, string committee)
    {
        var request = Templates.Render(Model(reminder: false, new DateTimeOffset(2026, 4, 10, 12, 0, 0, TimeSpan.Zero)), language);
        var reminder = Templates.Render(Model(reminder: true, new DateTimeOffset(2026, 4, 10, 12, 0, 0, TimeSpan.Zero)), language);
        var noDeadline = Templates.Render(Model(reminder: false, null), language);

        foreach (var email in new[] { request, reminder, noDeadline })
        {
            Assert.Equal(language, email.Language);
            Assert.False(string.IsNullOrWhiteSpace(email.Subject));
            Assert.DoesNotContain("{{", email.Text, StringComparison.Ordinal);
            Assert.Contains("http://review4u.test/review/abc/token-1", email.Text, StringComparison.Ordinal);
            Assert.Contains("http://review4u.test/review/abc/token-1/draft", email.Text, StringComparison.Ordinal);
            Assert.Contains(committee, email.Text, StringComparison.Ordinal);
            Assert.Contains($"dir=\"{direction}\"", email.Html, StringComparison.Ordinal);
        }

        Assert.NotEqual(request.Subject, reminder.Subject);
        Assert.Contains("2026", request.Text, StringComparison.Ordinal); // the review deadline is stated
        Assert.DoesNotContain("2026", noDeadline.Text, StringComparison.Ordinal);
        Assert.Contains("untoc-sample-draft.docx", request.Text, StringComparison.Ordinal);
    }
}
