using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Review4U.Data.Modules;
using Review4U.Rounds.Data;
using Review4U.Rounds.Launch;
using Review4U.Rounds.Tasks;
using Review4U.Rounds.Tests.Support;
using Review4U.TestKit.Web;

namespace Review4U.Rounds.Tests.Web;

/// <summary>The member answer pages over HTTP (WebApplicationFactory&lt;Program&gt;), on the round world's database and clock.</summary>
public sealed partial class AnswerPagesTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private RoundsWorld world = null!;
    private WebApplicationFactory<Program> factory = null!;
    private HttpClient client = null!;
    private Guid roundId;
    private Dictionary<string, string> links = [];

    public async Task InitializeAsync()
    {
        world = await RoundsWorld.CreateAsync();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in WebHostTestSettings.For(world.Database.ConnectionString, world.Smtp.Port, RepositoryPaths.Of("workflows"), "rounds-tests-unsubscribe-secret-0123456789", Path.Combine(AppContext.BaseDirectory, "Support", "questionnaires")))
            {
                web.UseSetting(key, value);
            }
            web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(world.Clock));
        });
        client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var launched = await world.Get<RoundLauncher>().LaunchAsync(
            new RoundLaunchRequest { BodyCode = "NACSA-KE", QuestionnaireId = "untoc-sample", Deadline = RoundsWorld.Start.AddDays(10), StartWorkflow = false }, None);
        roundId = launched.RoundId;
        await using (var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(world.Database.ConnectionString, None))
        {
            await world.Get<TaskFanOut>().FanOutAsync(tx, roundId, null, world.Clock.GetUtcNow(), None);
            await tx.CommitAsync(None);
        }

        links = (await world.DeliverMailAsync()).ToDictionary(e => e.EnvelopeTo[0], e => RoundsWorld.TaskLink(e).Token);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await world.DisposeAsync();
    }

    [Fact]
    public async Task TaskPage_ShowsTheRoutedQuestionsRightToLeft_WhenTheContactReadsArabic()
    {
        // org-04 (contact language ar) works on smuggling of migrants and government coordination? It gets c1 and p3 at least.
        var response = await client.GetAsync(Url(4));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("lang=\"ar\" dir=\"rtl\"", html, StringComparison.Ordinal);
        Assert.Contains("كيف يجرّم القانون الوطني المشاركة في جماعة إجرامية منظمة؟", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"c.p1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_StoresADraftThenSubmits_WhenTheFormCarriesItsAntiforgeryToken()
    {
        var draft = await PostAsync(Url(2), ("q.c1", "<b>Draft</b> text"), ("c.p1", "shelter"), ("action", "draft"));
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var page = await (await client.GetAsync(Url(2))).Content.ReadAsStringAsync();
        Assert.Contains("&lt;b&gt;Draft&lt;/b&gt; text", page, StringComparison.Ordinal); // escaped, not markup
        Assert.Contains("value=\"shelter\" checked", page, StringComparison.Ordinal);

        var submitted = await PostAsync(Url(2), ("q.c1", "Final text"), ("c.p1", "shelter"), ("c.p1", "legal"), ("action", "submit"));

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        await using var db = world.OpenRounds();
        var task = await db.Tasks.SingleAsync(t => t.RoundId == roundId && t.OrganisationId == world.Organisations[1].Id);
        Assert.Equal("submitted", task.Status);
        var p1 = await db.Answers.SingleAsync(a => a.TaskId == task.Id && a.QuestionId == "p1");
        Assert.Equal(["shelter", "legal"], p1.Choices);
        Assert.Equal(2, await db.AnswerVersions.CountAsync(v => v.AnswerId == p1.Id));
    }

    [Fact]
    public async Task Save_IsRefusedWithNothingWritten_WhenTheAntiforgeryTokenIsMissing()
    {
        var response = await client.PostAsync(Url(2), new FormUrlEncodedContent([new("q.c1", "No token"), new("action", "submit")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = world.OpenRounds();
        Assert.Equal(0, await db.Answers.CountAsync());
    }

    [Fact]
    public async Task Save_ShowsAClearPageWithNothingWritten_WhenAQuestionIsNotRoutedToTheOrganisation()
    {
        var response = await PostAsync(Url(1), ("q.c1", "Fine"), ("c.p1", "shelter"), ("action", "submit"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Question not asked of you", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = world.OpenRounds();
        Assert.Equal(0, await db.Answers.CountAsync());
    }

    [Fact]
    public async Task Save_ShowsTheDeadlinePage_WhenTheDeadlineHasPassed()
    {
        var form = await client.GetAsync(Url(3)); // token taken before the deadline
        var token = AntiforgeryField().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        world.Clock.SetUtcNow(RoundsWorld.Start.AddDays(10).AddSeconds(1));

        var response = await client.PostAsync(Url(3), new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("q.c1", "Late"), new("action", "submit")]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("La date limite est passée", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal); // org-03 reads French
        await using var db = world.OpenRounds();
        Assert.Equal(0, await db.Answers.CountAsync());
    }

    [Fact]
    public async Task TaskPage_OffersNothingAndSaysSo_WhenTheTokenIsUnknown()
    {
        var response = await client.GetAsync($"/answers/{roundId}/{new string('x', 43)}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Unknown link", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, "fr", "Enregistrer le brouillon", "Transmettre à un ou une collègue")]
    [InlineData(5, "es", "Guardar borrador", "Reenviar a un colega")]
    [InlineData(4, "ar", "حفظ المسودة", "إحالة إلى زميل")]
    [InlineData(2, "en", "Save draft", "Forward to a colleague")]
    public async Task TaskPage_SpeaksTheContactsLanguage_WhenTheContactHasOne(int organisation, string language, string saveDraft, string forwardHeading)
    {
        var html = await (await client.GetAsync(Url(organisation))).Content.ReadAsStringAsync();

        Assert.Contains($"lang=\"{language}\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"draft\" data-testid=\"save-draft\">{saveDraft}</button>", html, StringComparison.Ordinal);
        Assert.Contains($"<h2>{forwardHeading}</h2>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"q.c1\"", html, StringComparison.Ordinal); // names stay the same in every language
    }

    [Theory]
    [InlineData("es-ES,es;q=0.9,en;q=0.5", "es", "Enlace desconocido")]
    [InlineData("de-DE,ar;q=0.8", "ar", "رابط غير معروف")]
    [InlineData("de-DE", "en", "Unknown link")]
    public async Task TaskPage_FollowsTheBrowsersLanguage_WhenTheLinkTellsNoReader(string acceptLanguage, string language, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/answers/{roundId}/{new string('y', 43)}");
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"lang=\"{language}\"", html, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskPage_SaysTheLinkIsOfAnotherRoundInTheContactsLanguageAndWritesNothing_WhenOpenedUnderAnotherRound()
    {
        var other = Guid.CreateVersion7();
        var page = await client.GetAsync($"/answers/{other}/{links["contact03@org03.example"]}");
        var save = await PostAsync(Url(3), ("q.c1", "Sous une autre consultation"), ("action", "submit"));
        var misdirected = await client.PostAsync($"/answers/{other}/{links["contact03@org03.example"]}", new FormUrlEncodedContent([new("q.c1", "x")]));

        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Lien d'une autre consultation", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"another-round\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode); // the same link under its own round works
        Assert.Equal(HttpStatusCode.BadRequest, misdirected.StatusCode); // no antiforgery token: refused before anything
        await using var db = world.OpenRounds();
        Assert.Equal(1, await db.Answers.CountAsync());
    }

    private string Url(int organisation) => $"/answers/{roundId}/{links[$"contact{organisation:00}@org{organisation:00}.example"]}";

    private async Task<HttpResponseMessage> PostAsync(string url, params (string Name, string Value)[] fields)
    {
        var page = await client.GetAsync(url);
        var token = AntiforgeryField().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.NotEmpty(token);
        return await client.PostAsync(url, new FormUrlEncodedContent(
            fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token))));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
