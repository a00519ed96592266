using System.Globalization;
using System.Net;
using Review4U.Meetings.Model;
using Review4U.Meetings.Scheduling;
using Review4U.Meetings.Tests.Support;
using static Review4U.Meetings.Tests.Support.MeetingMails;

namespace Review4U.Meetings.Tests.Web;

// The agenda pages speak the participant's language (French, Arabic right-to-left) over the real web host. The host and world are set up in the other part of this class.
public sealed partial class MeetingPagesTests
{
    [Fact]
    public async Task AgendaPage_SpeaksEachParticipantsLanguage_WhenOpenedByTheirLinks()
    {
        var (meetingId, calls) = await CalledConsultationAsync("2027-Q1", new DateTime(2027, 2, 15, 10, 0, 0));
        string PageOf(int contact) => $"/meetings/{meetingId:N}/agenda/{ProposeToken(calls.Single(e => To(e) == MeetingsWorld.Contact(contact)))}";

        var french = await client.GetAsync(PageOf(1)); // contact 01 reads French
        var frenchHtml = await french.Content.ReadAsStringAsync();
        var arabicHtml = await (await client.GetAsync(PageOf(5) + "?saved=1")).Content.ReadAsStringAsync(); // contact 05 reads Arabic

        Assert.Equal(HttpStatusCode.OK, french.StatusCode);
        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", frenchHtml, StringComparison.Ordinal);
        Assert.Contains("Proposer un point", frenchHtml, StringComparison.Ordinal);
        Assert.Contains("name=\"title\"", frenchHtml, StringComparison.Ordinal);
        Assert.Contains("2027-02-15 10:00 (Europe/Paris)", frenchHtml, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", arabicHtml, StringComparison.Ordinal);
        Assert.Contains("اقتراح بند", arabicHtml, StringComparison.Ordinal);
        Assert.Contains("تم الحفظ. شكراً لكم.", arabicHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Propose an item", arabicHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewPage_SpeaksTheSteeringCommitteeMembersLanguage_WhenTheVoteIsOpen()
    {
        var (meetingId, calls) = await CalledConsultationAsync("2027-Q2", new DateTime(2027, 5, 17, 10, 0, 0));
        var proposal = $"/meetings/{meetingId:N}/agenda/{ProposeToken(calls.Single(e => To(e) == MeetingsWorld.Contact(4)))}";
        var proposalHtml = await (await client.GetAsync(proposal)).Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(proposal, Form(proposalHtml, new() { ["title"] = "Protection des témoins" }))).StatusCode);

        await world.AdvanceToAsync(new DateTimeOffset(2027, 5, 7, 9, 0, 0, TimeSpan.Zero)); // after the proposals' cut-off
        var review = $"/meetings/{meetingId:N}/review/{ReviewToken((await world.DeliverMailAsync()).Single(e => To(e) == MeetingsWorld.Contact(3)))}";
        var response = await client.GetAsync(review); // contact 03, a Steering Committee member, reads French
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("Protection des témoins", html, StringComparison.Ordinal);
        Assert.Contains("Approuver", html, StringComparison.Ordinal);
        Assert.Contains("Enregistrer mes votes", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Record my votes", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownLink_AnswersInTheBrowsersLanguage_WhenNoReaderIsKnown()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/meetings/{Guid.NewGuid():N}/agenda/{new string('x', 43)}");
        request.Headers.AcceptLanguage.ParseAdd("fr");
        var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("Lien non valide", html, StringComparison.Ordinal);
    }
}
