using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;
using Review4U.Rounds.Tasks;
using Review4U.Rounds.Tests.Support;

namespace Review4U.Rounds.Tests.Tasks;

/// <summary>Pure rendering: a substituted invitation must equal a full render; values that an encoder would change are rendered in full.</summary>
public sealed class InvitationRendererTests
{
    private static readonly EmailTemplates Templates = EmailTemplates.Load(RepositoryPaths.Of("workflows/templates"));
    private static readonly BodyIdentity Body = new("Kenya Civil Society Alliance for UNTOC", "NACSA-KE", "NACSA4U");
    private static readonly DateTimeOffset Deadline = new(2026, 4, 1, 17, 0, 0, TimeSpan.Zero);
    private static readonly Uri Base = new("https://review4u.test/");

    [Theory]
    [InlineData("en", 1)]
    [InlineData("fr", 7)]
    [InlineData("es", 12)]
    [InlineData("ar", 3)]
    public void Render_SubstitutesPlainValuesExactlyAsAFullRender_InEveryLanguage(string language, int questions)
    {
        var renderer = NewRenderer();

        var first = renderer.Render("Amina Otieno", "Haki Centre-KE", questions, language, "tok3n-A_b");
        var second = renderer.Render("John Kamau", "Youth_Link 2", questions, language, "Zz9-token_2");

        Assert.Equal(2, renderer.Substituted);
        Assert.Equal(Full("Amina Otieno", "Haki Centre-KE", questions, language, "tok3n-A_b"), first);
        Assert.Equal(Full("John Kamau", "Youth_Link 2", questions, language, "Zz9-token_2"), second);
    }

    [Theory]
    [InlineData("O'Brien & Fils", "Haki Centre")]
    [InlineData("Amina", "Organisation <1> – جمعية")]
    [InlineData("Élodie Martin", "Haki Centre")]
    [InlineData("Amina  Otieno", "www.haki.example")]
    public void Render_RendersInFull_WhenAValueWouldBeEncodedOrReshaped(string name, string organisation)
    {
        var renderer = NewRenderer();

        var rendered = renderer.Render(name, organisation, 4, "fr", "tok3n");

        Assert.Equal(0, renderer.Substituted);
        Assert.Equal(Full(name, organisation, 4, "fr", "tok3n"), rendered);
    }

    private static InvitationRenderer NewRenderer() =>
        new(Templates, Body, "Cluster I: criminalization & jurisdiction", Deadline, "en", token => new Uri(Base, $"answers/r/{token}"));

    private static RenderedEmail Full(string name, string organisation, int questions, string language, string token) =>
        Templates.Render(new TaskInvitationModel
        {
            Body = Body,
            RecipientName = name,
            OrganisationName = organisation,
            RoundTitle = "Cluster I: criminalization & jurisdiction",
            QuestionCount = questions,
            Deadline = Deadline,
            TaskUrl = new Uri(Base, $"answers/r/{token}"),
        }, language, "en");
}
