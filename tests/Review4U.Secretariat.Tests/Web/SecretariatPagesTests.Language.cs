using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Review4U.Domain.Members;
using Review4U.Secretariat.Renewals;
using Review4U.Secretariat.Tests.Support;

namespace Review4U.Secretariat.Tests.Web;

// The Secretariat pages speak the reader's language (the contact's own), over the real web host. The host and world are set up in the other part of this class.
public sealed partial class SecretariatPagesTests
{
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
    public async Task DecisionPage_SpeaksFrench_WhenTheSteeringCommitteeMemberReadsFrench()
    {
        await PostAsync("/secretariat/interest/" + interestLinks[ke.Contact(5).Email], ("motivation", "Nous pouvons l'accueillir."), ("contact", ke.Contact(5).Email));
        await world.AdvanceThroughAsync(new DateTimeOffset(2027, 1, 30, 6, 0, 0, TimeSpan.Zero));
        var requests = await world.DeliverMailAsync("secretariat-decision-request");
        var url = "/secretariat/decide/" + SecretariatWorld.LinkToken(requests.Single(e => e.EnvelopeTo[0] == ke.Contact(4).Email), "decide"); // a Steering Committee member who reads French

        var page = await client.GetAsync(url);
        var html = await page.Content.ReadAsStringAsync();
        var choice = Regex.Match(html, "name=\"choice\" value=\"([0-9a-f]{32})\"").Groups[1].Value;
        var voted = await PostAsync(url, ("choice", choice));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("Décision sur le Secrétariat", html, StringComparison.Ordinal);
        Assert.Contains("Votre vote", html, StringComparison.Ordinal);
        Assert.Contains(ke.Organisations[4].Name, html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, voted.StatusCode);
        Assert.Contains("(1 vote(s))", await voted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
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
