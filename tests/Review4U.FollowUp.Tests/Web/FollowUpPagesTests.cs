using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Review4U.FollowUp.Import;
using Review4U.FollowUp.Model;
using Review4U.FollowUp.Tests.Support;
using Review4U.Workflows.Runtime;

namespace Review4U.FollowUp.Tests.Web;

/// <summary>The status page behind a status request's link, over HTTP (WebApplicationFactory&lt;Program&gt;) on the world's database and clock.</summary>
public sealed partial class FollowUpPagesTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private FollowUpWorld world = null!;
    private WebApplicationFactory<Program> factory = null!;
    private HttpClient client = null!;
    private string url = "";

    public async Task InitializeAsync()
    {
        world = await FollowUpWorld.CreateAsync(new DateTimeOffset(2027, 3, 1, 6, 0, 0, TimeSpan.Zero));
        factory = FollowUpWebHost.For(world);
        client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var imported = await world.Get<CommitmentImporter>().ImportAsync("p.csv", new StringReader(
            "key,title,owner,due\nP1,National referral mechanism,contact04@org04.example,2027-12-31\n"), "NACSA-KE", false, None);
        Assert.True(imported.Succeeded);
        await world.Get<IWorkflowRuntime>().StartAsync("vpi-follow-up", new Dictionary<string, object?> { ["bodyCode"] = "NACSA-KE" }, "web-test", None);
        await world.RunEngineAsync();
        var request = Assert.Single(await world.DeliverMailAsync());
        url = "/vpi/status/" + FollowUpWorld.StatusToken(request);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await world.DisposeAsync();
    }

    [Fact]
    public async Task StatusPage_RecordsTheUpdate_WhenTheOwnerSubmitsTheForm()
    {
        var page = await client.GetAsync(url);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("lang=\"ar\" dir=\"rtl\"", html, StringComparison.Ordinal); // contact04 reads Arabic
        Assert.Contains("P1. National referral mechanism", html, StringComparison.Ordinal);

        var saved = await client.PostAsync(url, Form(html, ("status", "at-risk"), ("progress", "30"), ("note", "<b>Budget</b> cut.")));
        var refused = await client.PostAsync(url, Form(html, ("status", "finished"), ("progress", "30")));
        var noToken = await client.PostAsync(url, new FormUrlEncodedContent([new("status", "done")]));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Contains("role=\"status\" id=\"saved\"", await (await client.GetAsync(url + "?saved=1")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/vpi/status/" + new string('A', 43))).StatusCode);
        await using var db = world.OpenFollowUp();
        var commitment = await db.Commitments.SingleAsync();
        Assert.Equal((CommitmentStatuses.AtRisk, 30, "<b>Budget</b> cut."), (commitment.Status, commitment.Progress, commitment.LastNote));
        Assert.Equal(1, await db.Timeline.CountAsync(t => t.Source == UpdateSources.Link));
        Assert.NotNull((await db.StatusRequests.SingleAsync()).AnsweredAt);
    }

    private static FormUrlEncodedContent Form(string html, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", AntiforgeryField().Match(html).Groups[1].Value)));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
