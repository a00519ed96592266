using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Review4U.Domain.Members;
using Review4U.Secretariat.Renewals;
using Review4U.Secretariat.Tests.Support;

namespace Review4U.Secretariat.Tests.Web;

/// <summary>The Secretariat pages speak the reader's language (the contact's own), over the real web host.</summary>
public sealed class SecretariatPageLanguageTests : IAsyncLifetime
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
            web.UseSetting("ConnectionStrings:Review4U", world.Database.ConnectionString);
            web.UseSetting("Email:TemplatesPath", RepositoryPaths.Of("workflows/templates"));
            web.UseSetting("Email:PublicBaseUrl", "http://review4u.test/");
            web.UseSetting("Email:UnsubscribeSecret", "secretariat-tests-unsubscribe-secret-0123456789");
            web.UseSetting("Email:Smtp:Port", world.Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            web.UseSetting("Workflows:Path", RepositoryPaths.Of("workflows"));
            web.UseSetting("Workflows:WorkerCount", "0");
            web.UseSetting("Email:Delivery:Enabled", "false");
            web.UseSetting("Email:Imap:Enabled", "false");
            web.UseSetting("Rounds:QuestionnairesPath", RepositoryPaths.Of("workflows/questionnaires"));
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
    public async Task InterestPage_SpeaksFrench_WhenTheContactReadsFrench()
    {
        var page = await client.GetAsync("/secretariat/interest/" + interestLinks[ke.Contact(4).Email]); // organisation 4's contact reads French
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("Manifester notre intérêt", html, StringComparison.Ordinal);
        Assert.Contains("name=\"motivation\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Express interest", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InterestPage_SpeaksArabicRightToLeft_WhenTheContactReadsArabic()
    {
        await using (var domain = world.OpenDomain())
        {
            var organisation = await domain.Organisations.Include(o => o.Contacts).SingleAsync(o => o.Id == ke.Organisations[4].Id);
            var contact = ke.Contact(5);
            organisation.UpsertContact(new ContactDetails(contact.Name, contact.Email, "ar", null), 1);
            await domain.SaveChangesAsync();
        }

        var html = await (await client.GetAsync("/secretariat/interest/" + interestLinks[ke.Contact(5).Email])).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("إبداء الاهتمام", html, StringComparison.Ordinal);
        Assert.Contains(ke.Organisations[4].Name, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownLink_AnswersInTheBrowsersLanguage_WhenNoReaderIsKnown()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/secretariat/decide/" + new string('x', 43));
        request.Headers.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9,en;q=0.5");
        var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("Ce lien ne peut pas être utilisé", html, StringComparison.Ordinal);
    }
}
