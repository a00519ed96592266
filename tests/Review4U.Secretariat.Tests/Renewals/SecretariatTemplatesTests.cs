using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;
using Review4U.Secretariat.Tests.Support;

namespace Review4U.Secretariat.Tests.Renewals;

/// <summary>The module's seven templates render in every language, with every variable filled (strict Liquid fails on a slip).</summary>
public sealed class SecretariatTemplatesTests
{
    private static readonly BodyIdentity Kenya = new("Kenya Civil Society Alliance", "NACSA-KE", "NACSA4U");
    private static readonly DateTimeOffset Day = new(2027, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Languages() => new(EmailTemplateCatalog.Languages);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Render_FillsEverySecretariatTemplate_InEveryLanguage(string language)
    {
        var templates = EmailTemplates.Load(RepositoryPaths.Of("workflows/templates"));
        foreach (var model in Models())
        {
            var email = templates.Render(model, language);

            Assert.Equal(language, email.Language);
            Assert.Contains("Amina", email.Text, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(email.Subject), email.Template);
            Assert.Contains("2027", email.Text + email.Subject, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_ShowsTheLaunchCommandOnlyForARound_InTheRelayedCall()
    {
        var templates = EmailTemplates.Load(RepositoryPaths.Of("workflows/templates"));
        var relay = Models().OfType<NetworkCallRelayModel>().Single();

        Assert.Contains("review4u relay launch", templates.Render(relay, "en").Text, StringComparison.Ordinal);
        Assert.DoesNotContain("review4u relay launch", templates.Render(relay with { LaunchCommand = "" }, "en").Text, StringComparison.Ordinal);
    }

    private static IEnumerable<EmailModel> Models()
    {
        var url = new Uri("http://review4u.test/secretariat/interest/token");
        yield return new SecretariatRenewalReminderModel
        {
            Body = Kenya, RecipientName = "Amina", SecretariatName = "Haki Africa", TermEndsOn = Day, DaysLeft = 30, InterestDeadline = Day.AddDays(-30), InterestCount = 2,
        };
        yield return new SecretariatInterestCallModel
        {
            Body = Kenya, RecipientName = "Amina", OrganisationName = "Org", SecretariatName = "Haki Africa", TermEndsOn = Day, InterestDeadline = Day.AddDays(-30), InterestUrl = url,
        };
        yield return new SecretariatInterestReceivedModel
        {
            Body = Kenya, RecipientName = "Amina", OrganisationName = "Org", ProposedCoordinator = "Juma", Motivation = "We can.", InterestDeadline = Day.AddDays(-30), InterestUrl = url,
        };
        yield return new SecretariatDecisionRequestModel
        {
            Body = Kenya, RecipientName = "Amina", SecretariatName = "Haki Africa", TermEndsOn = Day, Candidates = "- Org (Juma)", CandidateCount = 1, Quorum = 3, DecisionUrl = url,
        };
        yield return new SecretariatDecisionAnnouncedModel
        {
            Body = Kenya, RecipientName = "Amina", Renewed = false, SecretariatName = "Org", CoordinatorName = "Juma", TermStartsOn = Day, TermEndsOn = Day.AddYears(1),
        };
        yield return new SecretariatRenewalEscalationModel
        {
            Body = Kenya, RecipientName = "Amina", SecretariatName = "Haki Africa", TermEndsOn = Day, DaysOverdue = 7, InterestCount = 1, VotesCast = 1, Quorum = 3,
            DecisionUrl = url.AbsoluteUri, StatusCommand = "review4u secretariat renewal status --body NACSA-KE",
        };
        yield return new NetworkCallRelayModel
        {
            Body = Kenya, RecipientName = "Amina", NetworkName = "NET4U Africa", NetworkCode = "NET4U-AF", CallTitle = "Cluster I", Message = "Join.",
            HasDeadline = true, Deadline = Day, LaunchCommand = "review4u relay launch --alliance NACSA-KE --relay abc",
        };
    }
}
