using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Review4U.FollowUp.Import;
using Review4U.FollowUp.Tests.Support;
using Review4U.Workflows.Runtime;

namespace Review4U.FollowUp.Tests.Web;

/// <summary>The VPI status page speaks its owner's language (French, Arabic right-to-left) over the real web host.</summary>
public sealed class FollowUpPageLanguageTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private FollowUpWorld world = null!;
    private WebApplicationFactory<Program> factory = null!;
    private HttpClient client = null!;
    private Dictionary<string, string> urls = [];

    public async Task InitializeAsync()
    {
        world = await FollowUpWorld.CreateAsync(new DateTimeOffset(2027, 3, 1, 6, 0, 0, TimeSpan.Zero));
        factory = FollowUpWebHost.For(world);
        client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var imported = await world.Get<CommitmentImporter>().ImportAsync("p.csv", new StringReader(
            "key,title,owner,due\nP1,National referral mechanism,contact04@org04.example,2027-12-31\nP2,Victim support fund,contact03@org03.example,2027-12-31\n"),
            "NACSA-KE", false, None);
        Assert.True(imported.Succeeded);
        await world.Get<IWorkflowRuntime>().StartAsync("vpi-follow-up", new Dictionary<string, object?> { ["bodyCode"] = "NACSA-KE" }, "web-test", None);
        await world.RunEngineAsync();
        urls = (await world.DeliverMailAsync()).ToDictionary(e => e.EnvelopeTo[0], e => "/vpi/status/" + FollowUpWorld.StatusToken(e));
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await world.DisposeAsync();
    }

    [Fact]
    public async Task StatusPage_SpeaksFrench_WhenTheOwnerReadsFrench()
    {
        var page = await client.GetAsync(urls["contact03@org03.example"]);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("Enregistrer la mise à jour", html, StringComparison.Ordinal);
        Assert.Contains("en bonne voie", html, StringComparison.Ordinal);
        Assert.Contains("id=\"status-on-track\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusPage_SpeaksArabicRightToLeft_WhenTheOwnerReadsArabic()
    {
        var url = urls["contact04@org04.example"];
        var html = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
        var saved = await (await client.GetAsync(url + "?saved=1")).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("حفظ التحديث", html, StringComparison.Ordinal);
        Assert.Contains("P1. National referral mechanism", html, StringComparison.Ordinal);
        Assert.Contains("شكراً لكم: تم تسجيل التحديث.", saved, StringComparison.Ordinal);
        Assert.DoesNotContain("Save the update", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownLink_AnswersInTheBrowsersLanguage_WhenNoReaderIsKnown()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/vpi/status/" + new string('A', 43));
        request.Headers.AcceptLanguage.ParseAdd("ar");
        var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("رابط غير معروف", html, StringComparison.Ordinal);
    }
}
