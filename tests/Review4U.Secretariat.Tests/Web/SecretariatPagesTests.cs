using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Review4U.Secretariat.Decisions;
using Review4U.Secretariat.Renewals;
using Review4U.Secretariat.Tests.Support;
using Review4U.TestKit.Web;

namespace Review4U.Secretariat.Tests.Web;

/// <summary>The interest and decision pages over HTTP (the real web host, WebApplicationFactory&lt;Program&gt;), on the world's database and clock.</summary>
public sealed partial class SecretariatPagesTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private SecretariatWorld world = null!;
    private SeededBody ke = null!;
    private WebApplicationFactory<Program> factory = null!;
    private HttpClient client = null!;
    private Dictionary<string, string> interestLinks = [];

    public async Task InitializeAsync()
    {
        world = await SecretariatWorld.CreateAsync();
        ke = await world.CreateBodyAsync("NACSA-KE", "KE", "Africa/Nairobi", new DateOnly(2026, 3, 1));
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in WebHostTestSettings.For(world.Database.ConnectionString, world.Smtp.Port, RepositoryPaths.Of("workflows"), "secretariat-tests-unsubscribe-secret-0123456789"))
            {
                web.UseSetting(key, value);
            }
            web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(world.Clock));
        });
        client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await world.Get<RenewalStarter>().StartAsync(ke.Code, None);
        await world.RunEngineAsync();
        interestLinks = (await world.DeliverMailAsync("secretariat-interest-call")).ToDictionary(e => e.EnvelopeTo[0], e => SecretariatWorld.LinkToken(e, "interest"));
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await world.DisposeAsync();
    }

    [Fact]
    public async Task InterestPage_SavesTheInterestAndItsCoordinator_ThenRefusesAnEmptyMotivationWritingNothing()
    {
        var url = "/secretariat/interest/" + interestLinks[ke.Contact(5).Email];
        var page = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
        Assert.Contains(ke.Organisations[4].Name, page, StringComparison.Ordinal);
        Assert.Contains(ke.Contact(5, 2).Email, page, StringComparison.Ordinal);

        var saved = await PostAsync(url, ("motivation", "We <b>can</b> host it."), ("contact", ke.Contact(5, 2).Email));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await (await client.GetAsync(url + "?saved=1")).Content.ReadAsStringAsync();
        Assert.Contains("We &lt;b&gt;can&lt;/b&gt; host it.", after, StringComparison.Ordinal);
        Assert.Contains("version 1", after, StringComparison.Ordinal);

        var empty = await PostAsync(url, ("motivation", "  "), ("contact", ke.Contact(5).Email));
        var foreign = await PostAsync(url, ("motivation", "Other"), ("contact", ke.Contact(6).Email));
        var forged = await client.PostAsync(url, new FormUrlEncodedContent([new("motivation", "No token")]));
        var unknown = await client.GetAsync("/secretariat/interest/" + new string('x', 43));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("motivation", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        await using var db = world.OpenSecretariat();
        var interest = await db.Interests.SingleAsync();
        Assert.Equal((1, "We <b>can</b> host it.", ke.Contact(5, 2).Id), (interest.Revision, interest.Motivation, interest.ContactId));
    }

    [Fact]
    public async Task DecisionPage_RecordsTheVote_WhenASteeringCommitteeMemberChooses()
    {
        await PostAsync("/secretariat/interest/" + interestLinks[ke.Contact(5).Email], ("motivation", "We can host it."), ("contact", ke.Contact(5).Email));
        await world.AdvanceThroughAsync(new DateTimeOffset(2027, 1, 30, 6, 0, 0, TimeSpan.Zero));
        var requests = await world.DeliverMailAsync("secretariat-decision-request");
        var url = "/secretariat/decide/" + SecretariatWorld.LinkToken(requests.Single(e => e.EnvelopeTo[0] == ke.Contact(2).Email), "decide");

        var page = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
        var choice = Regex.Match(page, "name=\"choice\" value=\"([0-9a-f]{32})\"").Groups[1].Value;
        var voted = await PostAsync(url, ("choice", choice));
        var bad = await PostAsync(url, ("choice", "nobody"));

        Assert.Contains(ke.Organisations[4].Name, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, voted.StatusCode);
        Assert.Contains("(1 vote(s))", await voted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        await using var db = world.OpenSecretariat();
        var vote = await db.Votes.SingleAsync();
        Assert.Equal((ke.Contact(2).Id, choice), (vote.ContactId, vote.Choice));
        Assert.Null((await db.Renewals.SingleAsync()).Decision);
        Assert.NotEqual(Choices.Renew, vote.Choice);
    }

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
