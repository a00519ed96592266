using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Review4U.Meetings.Model;
using Review4U.Meetings.Scheduling;
using Review4U.Meetings.Tests.Support;
using static Review4U.Meetings.Tests.Support.MeetingMails;
using IcalCalendar = Ical.Net.Calendar;
using Review4U.TestKit.Smtp;
using Review4U.TestKit.Web;

namespace Review4U.Meetings.Tests.Web;

/// <summary>The agenda and review pages behind personal links, and the body's ICS feed, over HTTP (WebApplicationFactory&lt;Program&gt;).</summary>
public sealed partial class MeetingPagesTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private MeetingsWorld world = null!;
    private WebApplicationFactory<Program> factory = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        world = await MeetingsWorld.CreateAsync();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in WebHostTestSettings.For(world.Database.ConnectionString, world.Smtp.Port, RepositoryPaths.Of("workflows"), "meetings-tests-unsubscribe-secret-0123456789"))
            {
                web.UseSetting(key, value);
            }
            web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(world.Clock));
        });
        client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await world.DisposeAsync();
    }

    /// <summary>A consultation of the period with its date proposed (two hours), and the agenda calls sent for it (calendar invitations left out).</summary>
    private async Task<(Guid MeetingId, IReadOnlyList<ReceivedEmail> Calls)> CalledConsultationAsync(string period, DateTime date)
    {
        var meetingId = await world.OpenAsync(MeetingKinds.Consultation, MeetingsWorld.Alliance, period);
        await world.Get<MeetingPlanner>().ProposeDateAsync(meetingId, new MeetingDate(date, TimeSpan.FromHours(2)), None);
        await world.RunEngineAsync();
        return (meetingId, WithoutCalendar(await world.DeliverMailAsync()));
    }

    [Fact]
    public async Task AgendaAndReviewPages_RecordProposalsAndVotes_WhenOpenedByPersonalLinks()
    {
        var (meetingId, calls) = await CalledConsultationAsync("2027-Q1", new DateTime(2027, 2, 15, 10, 0, 0));
        var page = $"/meetings/{meetingId:N}/agenda/{ProposeToken(calls.Single(e => To(e) == MeetingsWorld.Contact(4)))}";

        var shown = await client.GetAsync(page);
        var html = await shown.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("quarterly consultation 2027-Q1", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string> { ["title"] = "Forged" }))).StatusCode);
        var posted = await client.PostAsync(page, Form(html, new() { ["title"] = "Victims' access to <legal aid>", ["details"] = "From our helpline." }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var after = await (await client.GetAsync(posted.Headers.Location)).Content.ReadAsStringAsync();
        Assert.Contains("Victims&#x27; access to &lt;legal aid&gt;", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/meetings/{meetingId:N}/agenda/{new string('x', 43)}")).StatusCode);

        // After the cut-off the Steering Committee votes on its review page.
        await world.AdvanceToAsync(new DateTimeOffset(2027, 2, 5, 9, 0, 0, TimeSpan.Zero));
        var review = $"/meetings/{meetingId:N}/review/{ReviewToken((await world.DeliverMailAsync()).Single(e => To(e) == MeetingsWorld.Contact(1)))}";
        var reviewHtml = await (await client.GetAsync(review)).Content.ReadAsStringAsync();
        Guid itemId;
        await using (var db = world.OpenMeetings())
        {
            itemId = await db.AgendaItems.Where(i => i.MeetingId == meetingId).Select(i => i.Id).SingleAsync();
        }

        Assert.Contains($"name=\"vote.{itemId:D}\"", reviewHtml, StringComparison.Ordinal);
        var voted = await client.PostAsync(review, Form(reviewHtml, new() { [$"vote.{itemId:D}"] = "approve" }));
        Assert.Equal(HttpStatusCode.Redirect, voted.StatusCode);
        await using (var db = world.OpenMeetings())
        {
            Assert.True((await db.AgendaVotes.SingleAsync(v => v.AgendaItemId == itemId)).Approve);
        }

        var notSc = await client.PostAsync(page.Replace("/agenda/", "/review/", StringComparison.Ordinal), Form(after, new() { [$"vote.{itemId:D}"] = "reject" }));
        Assert.Equal(HttpStatusCode.BadRequest, notSc.StatusCode);
    }

    [Fact]
    public async Task Feed_PublishesTheBodysMeetingsWithTheirZone_WhenRequested()
    {
        var meetingId = await world.OpenAsync(MeetingKinds.Consultation, MeetingsWorld.Alliance, "2027-Q1");
        await world.Get<MeetingPlanner>().ProposeDateAsync(meetingId, new MeetingDate(new DateTime(2027, 2, 15, 10, 0, 0), TimeSpan.FromHours(2)), None);
        var response = await client.GetAsync($"/bodies/{MeetingsWorld.Alliance}/meetings.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var feed = IcalCalendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("PUBLISH", feed.Method);
        var meeting = Assert.Single(feed.Events);
        Assert.Equal(($"meeting-{meetingId:D}@review4u", "Europe/Paris", 10), (meeting.Uid, meeting.DtStart!.TzId, meeting.DtStart.Hour));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/bodies/NACSA-XX/meetings.ics")).StatusCode);
    }

    /// <summary>The page's form fields (the antiforgery token) plus the given values.</summary>
    private static FormUrlEncodedContent Form(string html, Dictionary<string, string> values)
    {
        var hidden = HiddenPattern().Match(html);
        Assert.True(hidden.Success, "No antiforgery field in: " + html);
        values[WebUtility.HtmlDecode(hidden.Groups[1].Value)] = WebUtility.HtmlDecode(hidden.Groups[2].Value);
        return new FormUrlEncodedContent(values);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenPattern();
}
